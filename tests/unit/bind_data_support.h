#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/data_tree.h"

namespace handout::test {

// Data trees written by hand, as the data loader would build them.
inline DataNode scalar(std::string text, int line = 1, int column = 1, bool plain = false) {
  DataNode node;
  node.kind = DataNode::Kind::scalar;
  node.plain = plain;
  node.where = {"data.yaml", line, column};
  node.scalar = {std::move(text), node.where, line, column};
  return node;
}

inline DataNode record(std::vector<std::pair<std::string, DataNode>> fields) {
  DataNode node;
  node.kind = DataNode::Kind::map;
  node.fields = std::move(fields);
  node.where = {"data.yaml", 1, 1};
  return node;
}

inline DataNode list(std::vector<DataNode> elements) {
  DataNode node;
  node.kind = DataNode::Kind::list;
  node.elements = std::move(elements);
  node.where = {"data.yaml", 1, 1};
  return node;
}

}  // namespace handout::test
