#pragma once

#include <string_view>
#include <unordered_map>

#include "model/data_tree.h"

namespace handout {

// Finds a record's fields by name. A DataNode keeps its fields in file order, so a lookup walks
// them: for a record of a hundred thousand keys, looked up for every element of a loop, that is
// quadratic in the size of the data. A record with more than a few fields gets a hash index the
// first time it is searched; the first of two fields with one name wins, as in DataNode::field.
// The index points into the records, which must outlive it.
class FieldIndex {
 public:
  // The field `name` of `record`, or nullptr when it is not a record or has no such field.
  const DataNode* field(const DataNode& record, std::string_view name) const;

 private:
  using Fields = std::unordered_map<std::string_view, const DataNode*>;
  mutable std::unordered_map<const DataNode*, Fields> indexes_;
};

}  // namespace handout
