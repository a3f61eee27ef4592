#pragma once

#include <vector>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's `body`: a non-empty list of blocks, each naming its kind with `block:`. Every
// style a block uses, named or by default, must be in `layout_template.styles`; figure sizes
// given as lengths become fractions of `layout_template.page`'s text area.
std::vector<BlockDef> read_body(YamlReader& reader, const YAML::Node& body,
                                const TemplateDef& layout_template);

}  // namespace handout
