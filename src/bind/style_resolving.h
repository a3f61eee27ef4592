#pragma once

#include <string>

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "model/template_model.h"

namespace handout {

// Turns a template style into a layout style: picks the family's face for the style's weight
// and slant. Unknown names were rejected by the template loader, so a missing one here is an
// internal error.
TextStyle resolve_style(const TemplateDef& layout_template, const std::string& style_name,
                        Diagnostics& diagnostics);

}  // namespace handout
