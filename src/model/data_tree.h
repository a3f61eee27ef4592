#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source_location.h"
#include "model/text_value.h"

namespace handout {

// The data file as a tree, every node with the position it was written at. Templates reach
// into it with dotted paths ({{figure.caption}}, `each: items`); the template's data contract
// checks its shape before binding (see docs/templates.md, "Data contract").
struct DataNode {
  enum class Kind { null, scalar, list, map };

  // The destructor is declared here and defined after the class: with an implicit one, clang
  // (with libstdc++ in C++20) defines it while std::pair<std::string, DataNode> is still being
  // instantiated, which needs the pair complete, and fails. Declaring it hides the implicit moves,
  // so every special member is declared.
  DataNode() = default;
  DataNode(const DataNode&) = default;
  DataNode(DataNode&&) = default;
  DataNode& operator=(const DataNode&) = default;
  DataNode& operator=(DataNode&&) = default;
  ~DataNode();

  Kind kind = Kind::null;
  // Scalars: the text exactly as YAML gives it (numbers and booleans as written), with the
  // positions of TextValue so that markup warnings can point inside it.
  TextValue scalar;
  // A plain (unquoted) scalar, so that a contract can tell `count: 3` from `count: "3"` and
  // `draft: true` from `draft: "true"`.
  bool plain = false;
  std::vector<DataNode> elements;                       // lists, in order
  std::vector<std::pair<std::string, DataNode>> fields;  // maps, in file order
  SourceLocation where;  // the node itself (for a map entry: its value)
  // For a map entry: where its key is written, so that an unknown field is reported at its name.
  SourceLocation key_where;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_list() const { return kind == Kind::list; }
  bool is_map() const { return kind == Kind::map; }

  // A map's field, or nullptr when this is not a map or has no such key.
  const DataNode* field(std::string_view name) const {
    for (const auto& [key, value] : fields) {
      if (key == name) return &value;
    }
    return nullptr;
  }
};

inline DataNode::~DataNode() = default;

}  // namespace handout
