#include <doctest/doctest.h>

#include "bind/inline_markup.h"
#include "load/data_loader.h"

using namespace handout;

namespace {

// The first warning from parsing the markup of the first item's description in `yaml`.
SourceLocation warning_position(const std::string& yaml) {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(yaml, "d.yaml", diagnostics);
  REQUIRE(data.has_value());
  Diagnostics markup;
  const DataNode* items = data->tree.field("items");
  REQUIRE(items != nullptr);
  const DataNode* description = items->elements.at(0).field("description");
  REQUIRE(description != nullptr);
  parse_markup_paragraphs(description->scalar, markup);
  REQUIRE(markup.all().size() == 1);
  return markup.all()[0].where;
}

std::string with_description(const std::string& description) {
  return "title: T\n"
         "items:\n"
         "  - heading: H\n"
         "    description:" +
         description;
}

}  // namespace

TEST_CASE("load: a text value knows where its text stands, for positions inside it") {
  SUBCASE("plain, one line") {
    SourceLocation at = warning_position(with_description(" a **b\n"));
    CHECK(at.line == 4);
    CHECK(at.column == 20);
  }
  SUBCASE("quoted, one line") {
    SourceLocation at = warning_position(with_description(" \"a **b\"\n"));
    CHECK(at.line == 4);
    CHECK(at.column == 21);
  }
  SUBCASE("literal block: the line and column inside the block") {
    SourceLocation at =
        warning_position(with_description(" |\n"
                                          "      First line.\n"
                                          "\n"
                                          "        indented *open\n"));
    CHECK(at.line == 7);
    CHECK(at.column == 18);
  }
  SUBCASE("folded block: the value's start") {
    SourceLocation at =
        warning_position(with_description(" >\n"
                                          "      First line\n"
                                          "      and *open\n"));
    CHECK(at.line == 4);
    CHECK(at.column == 18);
  }
  SUBCASE("escapes: the value's start") {
    SourceLocation at = warning_position(with_description(" \"\\u00e9 **b\"\n"));
    CHECK(at.line == 4);
    CHECK(at.column == 18);
  }
}
