#pragma once

#include <vector>

#include "load/yaml_node_reader.h"
#include "model/data_model.h"

namespace handout {

// The data's items: `items` (one section without a title) or `sections`, at most one of them,
// each a non-empty list; an item's heading and description and a section's title are read when
// given (the template's data contract says which are required). Problems are reported through
// `top`'s reader.
std::vector<SectionData> read_item_groups(MappingReader& top);

}  // namespace handout
