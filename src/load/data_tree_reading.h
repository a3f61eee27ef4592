#pragma once

#include <yaml-cpp/yaml.h>

#include "load/yaml_node_reader.h"
#include "model/data_tree.h"

namespace handout {

// The whole of a parsed data file as a DataNode tree, every node with its position and every
// scalar with the text positions of TextValue. Keys given twice and keys that are not names are
// reported (as MappingReader reports them); a repeated key keeps its first value. Scalars are
// kept as written: whether `42` may be text is the data contract's question, not the reader's.
DataNode read_data_tree(YamlReader& reader, const YAML::Node& node);

}  // namespace handout
