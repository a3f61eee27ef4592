#include <doctest/doctest.h>

#include "load/document_keys.h"

namespace handout {
namespace {

DataNode scalar(std::string text, int line) {
  DataNode node;
  node.kind = DataNode::Kind::scalar;
  node.scalar = TextValue{std::move(text), {"d.yaml", line, 7}};
  node.where = node.scalar.where;
  return node;
}

TEST_CASE("document keys: read from a tree, keywords split, the language tag checked") {
  DataNode tree;
  tree.kind = DataNode::Kind::map;
  tree.fields.emplace_back("title", scalar("Lesson 1", 1));
  tree.fields.emplace_back("keywords", scalar(" git , branches,", 2));
  tree.fields.emplace_back("lang", scalar("en_US", 3));
  Diagnostics diagnostics;
  HandoutData data = document_from_tree(tree, "d.yaml", diagnostics);
  CHECK(data.title.text == "Lesson 1");
  CHECK(data.source_file == "d.yaml");
  REQUIRE(data.keywords.size() == 2);
  CHECK(data.keywords[0].text == "git");
  CHECK(data.keywords[1].text == "branches");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.line == 3);
  REQUIRE(diagnostics.all()[0].hints.size() == 1);
  CHECK(diagnostics.all()[0].hints[0] == "did you mean 'en-US'?");
}

}  // namespace
}  // namespace handout
