#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's top-level keys for typesetting: `code-font` (the family for `code`; default a
// family named 'mono' when one is declared), `fallback-fonts` (families tried in order for
// characters a face lacks) and `pagination` ({orphans, widows}, whole numbers 1..10). Reads them
// from `top` into `layout_template`, whose families are already read.
void read_typesetting(YamlReader& reader, const MappingReader& top, TemplateDef& layout_template);

}  // namespace handout
