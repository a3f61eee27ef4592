// What binding costs grows with the data, not with its square: records of many fields, texts
// of many tags, contracts of many fields, hints over many names.
#include <doctest/doctest.h>

#include <string>

#include "bind/data_contract_check.h"
#include "bind/data_scope.h"
#include "bind/field_index.h"
#include "bind/interpolation.h"
#include "bind_data_support.h"
#include "core/edit_distance.h"
#include "core/template_tags.h"

namespace handout {
namespace {

using test::list;
using test::record;
using test::scalar;

DataNode many_fields(int count, const std::string& prefix) {
  std::vector<std::pair<std::string, DataNode>> fields;
  for (int i = 0; i < count; ++i) fields.emplace_back(prefix + std::to_string(i), scalar("v"));
  return record(std::move(fields));
}

TEST_CASE("field index: finds what DataNode::field finds, the first of two names too") {
  DataNode big = many_fields(100, "k");
  big.fields.emplace_back("k7", scalar("second"));
  FieldIndex index;
  CHECK(index.field(big, "k7") == big.field("k7"));
  CHECK(index.field(big, "k99") == &big.fields[99].second);
  CHECK(index.field(big, "k100") == nullptr);
  const DataNode small = many_fields(3, "s");
  CHECK(index.field(small, "s2") == &small.fields[2].second);
  CHECK(index.field(scalar("x"), "s2") == nullptr);
}

TEST_CASE("text positions: as where_in_text, forwards and back") {
  const std::string text = "ab\ncd {{x}}\n\nef {{y}}";
  TextPositions positions({"t.yaml", 4, 9}, 4, 9, text);
  for (size_t offset : {0, 1, 3, 6, 12, 13, 16, 2, 0, 17}) {
    CAPTURE(offset);
    const SourceLocation expected = where_in_text({"t.yaml", 4, 9}, 4, 9, text, offset);
    const SourceLocation found = positions.at(offset);
    CHECK(found.line == expected.line);
    CHECK(found.column == expected.column);
  }
  TextPositions folded({"t.yaml", 4, 9}, 0, 0, text);
  CHECK(folded.at(16).line == 4);
}

TEST_CASE("closest_name: a long word gets no hint, and lengths far apart are not compared") {
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back("key" + std::to_string(i));
  keys.push_back("description");
  CHECK(closest_name("descripton", keys) == "description");
  CHECK(closest_name("key12x", keys) == "key12");
  CHECK_FALSE(closest_name(std::string(65, 'k'), {std::string(65, 'k') + "y"}).has_value());
  CHECK(closest_name(std::string(64, 'k'), {std::string(64, 'k') + "y"}).has_value());
}

TEST_CASE("interpolation: at most 20 missing paths are reported, then how many more") {
  const DataNode data = many_fields(1000, "key");
  DataScope scope(data);
  Diagnostics diagnostics;
  ExpansionBudget budget(ResourceLimits{}, diagnostics);
  Interpolator interpolator(false, diagnostics, budget);
  std::string text;
  for (int i = 0; i < 300; ++i) text += "{{keyx" + std::to_string(i) + "}} ";
  interpolator.interpolate({text, {"t.yaml", 3, 5}, 3, 5}, scope);
  interpolator.finish({"t.yaml"});
  REQUIRE(diagnostics.error_count() == 21);
  CHECK(diagnostics.all()[19].message == "the data has nothing at 'keyx19' for {{keyx19}}");
  CHECK(diagnostics.all()[19].where.column == 5 + 10 * 10 + 9 * 11);  // "{{keyx0}} " is 10 bytes
  CHECK(diagnostics.all()[20].message ==
        "280 more tags name data that the data file does not have");
}

HandoutData data_of(DataNode tree) {
  HandoutData data;
  data.source_file = "d.yaml";
  data.tree = std::move(tree);
  data.tree.where = {"d.yaml", 1, 1};
  return data;
}

FieldContract declared(std::string name, bool required = false) {
  FieldContract field;
  field.name = std::move(name);
  field.required = required;
  field.where = {"t.yaml", 5, 3};
  return field;
}

TEST_CASE("contract: thousands of declared fields against thousands of records, errors capped") {
  DataContract contract;
  contract.declared = true;
  FieldContract items = declared("items");
  items.type = FieldType::list;
  FieldContract element = declared("");
  element.type = FieldType::record;
  for (int i = 0; i < 5000; ++i) element.fields.push_back(declared("f" + std::to_string(i)));
  element.fields.push_back(declared("name", true));
  items.element = std::make_shared<const FieldContract>(std::move(element));
  contract.fields.push_back(std::move(items));
  std::vector<DataNode> elements;
  for (int i = 0; i < 5000; ++i) elements.push_back(record({{"f1", scalar("v")}}));
  Diagnostics diagnostics;
  check_data_contract(data_of(record({{"items", list(std::move(elements))}})), contract,
                      diagnostics);
  REQUIRE(diagnostics.error_count() == 101);
  CHECK(diagnostics.all()[0].message == "the 1st item ('v') has no 'name'");
  CHECK(diagnostics.all()[100].message ==
        "the data has more problems with the template's contract than the 100 shown");
  CHECK(diagnostics.all()[100].where.file == "d.yaml");
}

}  // namespace
}  // namespace handout
