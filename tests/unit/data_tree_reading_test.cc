#include "load/data_tree_reading.h"

#include <doctest/doctest.h>

#include <string>

#include "load/data_loader.h"
#include "load_test_support.h"

using namespace handout;

using load_test::rendered;

namespace {

struct ReadTree {
  Diagnostics diagnostics;
  DataNode tree;

  explicit ReadTree(const std::string& yaml) {
    YamlReader reader("d.yaml", yaml, diagnostics);
    tree = read_data_tree(reader, YAML::Load(yaml));
  }
};

// The diagnostics of a data file that must fail to load.
std::string load_errors(const std::string& yaml) {
  Diagnostics diagnostics;
  CHECK_FALSE(load_data_text(yaml, "d.yaml", diagnostics).has_value());
  return rendered(diagnostics);
}

std::string position(const SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

TEST_CASE("data tree: maps keep their keys in order, with the key's and the value's position") {
  ReadTree read("title: Rust\ncount:   3\nnested:\n  inner: x\n");
  CHECK(read.diagnostics.all().empty());
  REQUIRE(read.tree.is_map());
  REQUIRE(read.tree.fields.size() == 3);
  CHECK(read.tree.fields[0].first == "title");
  CHECK(read.tree.fields[1].first == "count");
  CHECK(read.tree.fields[2].first == "nested");
  const DataNode& count = *read.tree.field("count");
  CHECK(count.is_scalar());
  CHECK(count.scalar.text == "3");
  CHECK(position(count.where) == "d.yaml:2:10");
  CHECK(position(count.key_where) == "d.yaml:2:1");
  const DataNode& inner = *read.tree.field("nested")->field("inner");
  CHECK(position(inner.where) == "d.yaml:4:10");
  CHECK(position(inner.key_where) == "d.yaml:4:3");
  CHECK(read.tree.field("absent") == nullptr);
}

TEST_CASE("data tree: plain scalars are told from quoted ones") {
  ReadTree read("a: 3\nb: \"3\"\nc: true\nd: 'true'\ne: |\n  block\n");
  CHECK(read.tree.field("a")->plain);
  CHECK_FALSE(read.tree.field("b")->plain);
  CHECK(read.tree.field("b")->scalar.text == "3");
  CHECK(read.tree.field("c")->plain);
  CHECK_FALSE(read.tree.field("d")->plain);
  CHECK_FALSE(read.tree.field("e")->plain);
  CHECK(read.tree.field("e")->scalar.text == "block\n");
}

TEST_CASE("data tree: scalars carry the text positions of TextValue") {
  ReadTree read("quoted: \"a **b\"\nblock: |\n  one\n  two\nescaped: \"a\\tb\"\n");
  const TextValue& quoted = read.tree.field("quoted")->scalar;
  CHECK(quoted.text_line == 1);
  CHECK(quoted.text_column == 10);  // after the opening quote
  const TextValue& block = read.tree.field("block")->scalar;
  CHECK(block.text_line == 3);
  CHECK(block.text_column == 3);
  const TextValue& escaped = read.tree.field("escaped")->scalar;
  CHECK(escaped.text_line == 0);  // the text differs from the source
  CHECK(position(escaped.where) == "d.yaml:5:10");
}

TEST_CASE("data tree: empty and null values are null nodes at their key") {
  ReadTree read("a:\nb: ~\nc: null\nd: ''\nlist:\n  -\n  - x\n");
  const DataNode& a = *read.tree.field("a");
  CHECK(a.is_null());
  CHECK(position(a.where) == "d.yaml:1:1");
  CHECK(read.tree.field("b")->is_null());
  CHECK(position(read.tree.field("b")->where) == "d.yaml:2:4");
  CHECK(read.tree.field("c")->is_null());
  const DataNode& d = *read.tree.field("d");
  CHECK(d.is_scalar());  // text in quotes is text, even when empty
  CHECK(d.scalar.empty());
  const DataNode& list = *read.tree.field("list");
  REQUIRE(list.is_list());
  REQUIRE(list.elements.size() == 2);
  CHECK(list.elements[0].is_null());
  CHECK(position(list.elements[0].where) == "d.yaml:6:3");  // its dash
  CHECK(list.elements[1].scalar.text == "x");
  CHECK(position(list.elements[1].where) == "d.yaml:7:5");
}

TEST_CASE("data tree: lists of records keep every element's position") {
  ReadTree read("items:\n  - heading: A\n    level: 2\n  - {heading: B}\n");
  const DataNode& items = *read.tree.field("items");
  REQUIRE(items.elements.size() == 2);
  CHECK(position(items.elements[0].where) == "d.yaml:2:5");
  CHECK(items.elements[0].field("level")->scalar.text == "2");
  CHECK(position(items.elements[1].where) == "d.yaml:4:5");
  CHECK(items.elements[1].field("heading")->scalar.text == "B");
}

TEST_CASE("data tree: a key given twice and a key that is not a name are reported") {
  ReadTree read("extra:\n  a: 1\n  a: 2\n[x]: y\n");
  CHECK(rendered(read.diagnostics) ==
        "4:1: a key must be a name, but this is a list\n"
        "3:3: duplicate key 'a' (first given at line 2)\n"
        "  hint: remove one of them; only one value can be used\n");
  CHECK(read.tree.field("extra")->field("a")->scalar.text == "1");  // the first value counts
}

TEST_CASE("data tree: the data loader fills it for the whole file, reporting each problem once") {
  CHECK(load_errors("title: T\ntitle: U\nitems: [{heading: H, description: D}]\n") ==
        "2:1: duplicate key 'title' (first given at line 1)\n"
        "  hint: remove one of them; only one value can be used\n");
  CHECK(load_errors("title: T\nmeta: {k: 1, k: 2}\n") ==
        "2:14: duplicate key 'k' (first given at line 2)\n"
        "  hint: remove one of them; only one value can be used\n");

  Diagnostics good_diagnostics;
  auto good = load_data_text("title: T\nmeta: {k: 1}\n", "d.yaml", good_diagnostics);
  REQUIRE_MESSAGE(good.has_value(), rendered(good_diagnostics));
  CHECK(good->tree.field("meta")->field("k")->scalar.text == "1");
  CHECK(good->tree.field("title")->scalar.text == "T");
}
