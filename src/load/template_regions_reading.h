#pragma once

#include <map>
#include <optional>
#include <string>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// A running `header` or `footer` (the entry's key says which): three slots of text whose
// placeholders are checked, and a style that must be one of `styles`; by default the style
// named like the region.
RegionDef read_region(YamlReader& reader, const MappingEntry& region,
                      const std::map<std::string, StyleDef>& styles);

}  // namespace handout
