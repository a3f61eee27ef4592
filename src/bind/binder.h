#pragma once

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/data_model.h"
#include "model/doc_tree.h"
#include "model/template_model.h"

namespace handout {

// Applies the template to the data: the template's body, in order, becomes blocks with their
// styles resolved. Fonts and images are not loaded yet (see load_resources). Binding stops with
// an error past `limits.max_blocks` pieces or `limits.max_text_bytes` of text (see
// ExpansionBudget).
DocTree bind_document(const HandoutData& data, const TemplateDef& layout_template,
                      Diagnostics& diagnostics, const ResourceLimits& limits = {});

}  // namespace handout
