#pragma once

#include "core/diagnostic.h"
#include "model/data_model.h"
#include "model/doc_tree.h"
#include "model/template_model.h"

namespace handout {

// Applies the template to the data: the template's body, in order, becomes blocks with their
// styles resolved. Fonts and images are not loaded yet (see load_resources).
DocTree bind_document(const HandoutData& data, const TemplateDef& layout_template,
                      Diagnostics& diagnostics);

}  // namespace handout
