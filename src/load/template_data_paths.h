#pragma once

#include <vector>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// Reports every malformed {{tag}} of a template text (not closed, an unknown filter, a section
// not closed) at the tag's own column when the text stands verbatim in the source.
void check_tag_syntax(YamlReader& reader, const TextValue& text);

// Reports every data path of the body ({{tags}} in its texts, and the paths of each, if,
// unless, list and table) that `contract` does not declare, with the closest declared name.
// Inside `each`, the element's fields, its alias, index, number, first and last are declared
// too. Nothing to check when the contract is not declared.
void check_body_data_paths(const std::vector<BodyBlockDef>& blocks, const DataContract& contract,
                           Diagnostics& diagnostics);

// The body's and the header's and footer's paths (check_body_data_paths), against the
// template's own contract; in running text {{page}}, {{pages}} and {{section}} are layout's.
void check_template_data_paths(const TemplateDef& layout_template, Diagnostics& diagnostics);

}  // namespace handout
