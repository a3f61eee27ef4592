#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bind/field_index.h"
#include "model/data_tree.h"

namespace handout {

// The names a template text sees while it is bound: the data root, and for each `each` it is
// inside, the current element (its fields directly, or itself as `.`), its `as` alias and
// index, number, first and last. Lookups go from the innermost scope outwards, as mustache's
// context stack does.
class DataScope {
 public:
  explicit DataScope(const DataNode& root);

  struct Frame {
    const DataNode* element = nullptr;
    std::string alias;
    // index, number, first and last as data, so that paths reach them like any other value.
    std::vector<std::pair<std::string, DataNode>> specials;
  };

  void push(const DataNode& element, std::string alias, size_t index, size_t count);
  void pop();

  // The value at a dotted path (`figure.caption`, `.`), or nullptr when there is none.
  const DataNode* find(std::string_view path) const;
  // Every name a path could start with here, innermost first, for did-you-mean hints.
  std::vector<std::string> visible_names() const;

  // The field `name` of `record`, or nullptr; records of many fields are searched through an
  // index (see FieldIndex).
  const DataNode* field(const DataNode& record, std::string_view name) const {
    return fields_.field(record, name);
  }
  // `node`'s field at each of `names` from `from` on, or nullptr where one is missing.
  const DataNode* descend(const DataNode* node, const std::vector<std::string_view>& names,
                          size_t from) const;

  const DataNode& root() const { return root_; }
  // Outermost first.
  const std::vector<Frame>& frames() const { return frames_; }

 private:
  const DataNode* find_in_frame(const Frame& frame, std::string_view first) const;

  const DataNode& root_;
  std::vector<Frame> frames_;
  FieldIndex fields_;
};

// The truth of a value in `if` and `unless`: present, not null, not empty, not `false`; a list
// is true when it has elements.
bool is_truthy(const DataNode* value);

// Splits a dotted path into its names ("." stays one name).
std::vector<std::string_view> path_names(std::string_view path);

}  // namespace handout
