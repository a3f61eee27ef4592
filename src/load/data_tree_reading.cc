#include "load/data_tree_reading.h"

#include <algorithm>

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

// yaml-cpp marks an empty value (`key:` or a bare `-`) at the token after it; a null written
// as `~` or `null` is marked where it stands.
bool is_empty_value(YamlReader& reader, const YAML::Node& node) {
  if (!node.IsNull()) return false;
  char first = reader.source_char(reader.where(node));
  return first != '~' && first != 'n' && first != 'N';
}

// The position of the `-` before an empty list element: the last character before the next
// token, when it is a dash.
SourceLocation dash_before(YamlReader& reader, SourceLocation next) {
  for (int line = next.line, end = next.column - 1; line >= 1 && line > next.line - 8; --line) {
    std::string_view text = reader.source_line(line);
    if (line != next.line) end = static_cast<int>(text.size());
    size_t last = text.substr(0, std::max(end, 0)).find_last_not_of(" \t");
    if (last == std::string_view::npos) continue;
    if (text[last] == '-') return {next.file, line, static_cast<int>(last) + 1};
    break;
  }
  return next;
}

DataNode read_list(YamlReader& reader, const YAML::Node& node) {
  DataNode list;
  list.kind = DataNode::Kind::list;
  list.where = reader.where(node);
  for (const YAML::Node& element : node) {
    list.elements.push_back(read_data_tree(reader, element));
    if (is_empty_value(reader, element)) {
      list.elements.back().where = dash_before(reader, list.elements.back().where);
    }
  }
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
    // An empty value (`key:`) has no position of its own: use its key's.
    if (!value.where.has_position() || is_empty_value(reader, entry.value)) {
      value.where = value.key_where;
    }
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
