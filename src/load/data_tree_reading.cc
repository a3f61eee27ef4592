#include "load/data_tree_reading.h"

#include "core/scalar_kind.h"

namespace handout {
namespace {

// yaml-cpp tags plain scalars "?"; a plain scalar the core schema reads as null ("~", "null")
// is no value, like an empty one.
bool is_null_scalar(const YAML::Node& scalar) {
  if (scalar.Tag() == "?") return core_schema_kind(scalar.Scalar()) == ScalarKind::null;
  return tagged_scalar_kind(scalar.Tag()) == ScalarKind::null;
}

DataNode read_scalar(YamlReader& reader, const YAML::Node& node) {
  DataNode scalar;
  scalar.where = reader.where(node);
  if (is_null_scalar(node)) return scalar;
  scalar.kind = DataNode::Kind::scalar;
  scalar.scalar = reader.placed_text(node);
  scalar.plain = node.Tag() == "?";
  return scalar;
}

DataNode read_list(YamlReader& reader, const YAML::Node& node) {
  DataNode list;
  list.kind = DataNode::Kind::list;
  list.where = reader.where(node);
  for (const YAML::Node& element : node) list.elements.push_back(read_data_tree(reader, element));
  return list;
}

DataNode read_map(YamlReader& reader, const YAML::Node& node) {
  DataNode map;
  map.kind = DataNode::Kind::map;
  map.where = reader.where(node);
  MappingReader entries(reader, node, "a mapping", {});
  for (const MappingEntry& entry : entries.entries()) {
    DataNode value = read_data_tree(reader, entry.value);
    value.key_where = reader.where(entry.key_node);
    // An empty value (`key:`) has no position of its own in yaml-cpp: use its key's.
    if (!value.where.has_position()) value.where = value.key_where;
    map.fields.emplace_back(entry.key, std::move(value));
  }
  return map;
}

}  // namespace

DataNode read_data_tree(YamlReader& reader, const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return read_scalar(reader, node);
    case YAML::NodeType::Sequence:
      return read_list(reader, node);
    case YAML::NodeType::Map:
      return read_map(reader, node);
    default: {
      DataNode null;
      null.where = reader.where(node);
      return null;
    }
  }
}

}  // namespace handout
