#include <doctest/doctest.h>

#include <string>

#include "bind/binder.h"
#include "bind/expansion_budget.h"
#include "bind/interpolation.h"
#include "bind_data_support.h"

namespace handout {
namespace {

using test::list;
using test::record;
using test::scalar;

constexpr const char* kTooManyPieces =
    "the template makes more than 1000 blocks, list entries, table cells, section repetitions "
    "and inline marks from this data";

DataNode numbers(int count) {
  std::vector<DataNode> elements;
  for (int i = 0; i < count; ++i) elements.push_back(record({{"n", scalar(std::to_string(i))}}));
  return list(std::move(elements));
}

TextValue template_text(std::string text) { return {std::move(text), {"t.yaml", 10, 12}, 10, 12}; }

// One text filled under `limits`, with what it counted and reported.
struct Filled {
  std::string text;
  uint64_t pieces = 0;
  uint64_t text_bytes = 0;
  Diagnostics diagnostics;
};

void fill(const std::string& text, const DataNode& data, const ResourceLimits& limits,
          Filled& filled) {
  DataScope scope(data);
  ExpansionBudget budget(limits, filled.diagnostics);
  Interpolator interpolator(true, filled.diagnostics, budget);
  filled.text = interpolator.interpolate(template_text(text), scope).text;
  filled.pieces = budget.pieces();
  filled.text_bytes = budget.text_bytes();
}

ResourceLimits limits_of(uint64_t pieces, uint64_t text_bytes = 16 * kMebibyte) {
  ResourceLimits limits;
  limits.max_blocks = pieces;
  limits.max_text_bytes = text_bytes;
  return limits;
}

std::string nested_sections(int depth, const std::string& inside) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += "{{#items}}";
  text += inside;
  for (int i = 0; i < depth; ++i) text += "{{/items}}";
  return text;
}

TEST_CASE("expansion: each element a section goes through is a piece and its text again") {
  const DataNode data = record({{"items", numbers(3)}, {"name", scalar("Ada")}});
  Filled filled;
  fill("{{#items}}[{{n}}]{{/items}} {{name}}", data, limits_of(1000), filled);
  CHECK(filled.text == "[0][1][2] Ada");
  CHECK(filled.pieces == 3);
  // The text once (36 bytes), the section's 7 bytes three times, three numbers and the name.
  CHECK(filled.text_bytes == 36 + 3 * 7 + 3 + 3);
  CHECK_FALSE(filled.diagnostics.has_errors());
}

TEST_CASE("expansion: nested sections stop at the piece limit, at the section, at once") {
  const DataNode data = record({{"items", numbers(100)}});
  for (const char* inside : {"x", ""}) {
    Filled filled;
    fill(nested_sections(5, inside), data, limits_of(1000), filled);  // 10^10 repetitions
    CHECK(filled.pieces == 1001);
    REQUIRE(filled.diagnostics.error_count() == 1);
    const Diagnostic& error = filled.diagnostics.all()[0];
    CHECK(error.message == kTooManyPieces);
    CHECK(error.where.line == 10);
    CHECK(error.where.column == 12 + 40);  // the innermost {{#items}}
    CHECK(error.hints.at(0) ==
          "a {{#section}} over a list repeats once per element, and sections or 'each' blocks "
          "around it multiply that");
    CHECK(error.hints.at(1) == "if this is intended, raise the limit with --max-blocks N");
  }
}

TEST_CASE("expansion: a section repeating long text stops at the text limit") {
  const DataNode data = record({{"items", numbers(100)}});
  Filled filled;
  fill("{{#items}}" + std::string(100, 'x') + "{{/items}}", data, limits_of(1000, 2000), filled);
  CHECK(filled.pieces < 20);
  CHECK(filled.text.size() < 2000);
  REQUIRE(filled.diagnostics.error_count() == 1);
  const Diagnostic& error = filled.diagnostics.all()[0];
  CHECK(error.message == "the template's text expands to more than 2.0 KiB from this data");
  CHECK(error.where.column == 12);
  CHECK(error.hints.at(1) == "if this is intended, raise the limit with --max-text-size SIZE");
}

TEST_CASE("expansion: values filled in count, also a text that is one tag") {
  const DataNode data = record({{"big", scalar(std::string(3000, 'b'))}});
  for (const char* text : {"{{big}}", "Big: {{big}}"}) {
    Filled filled;
    fill(text, data, limits_of(1000, 2000), filled);
    CHECK(filled.text.size() < 2000);
    REQUIRE(filled.diagnostics.error_count() == 1);
    CHECK(filled.diagnostics.all()[0].message ==
          "the template's text expands to more than 2.0 KiB from this data");
  }
  Filled enough;
  fill("Big: {{big}}", data, limits_of(1000, 4000), enough);
  CHECK(enough.text_bytes == 12 + 3000);
}

TEST_CASE("expansion: a spent budget fills nothing more, a text without tags counts too") {
  const DataNode data = record({{"items", numbers(100)}});
  Diagnostics diagnostics;
  ExpansionBudget budget(limits_of(1000, 100), diagnostics);
  Interpolator interpolator(true, diagnostics, budget);
  DataScope scope(data);
  CHECK(interpolator.interpolate(template_text(std::string(60, 'a')), scope).text.size() == 60);
  CHECK(interpolator.interpolate(template_text(std::string(60, 'a')), scope).text.empty());
  CHECK(budget.exhausted());
  CHECK(interpolator.interpolate(template_text("short"), scope).text.empty());
  CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("expansion: lines of section tags only are left out, as mustache does") {
  const DataNode data =
      record({{"items", list({scalar("a"), scalar("b")})}, {"empty", scalar("")}});
  Filled filled;
  fill("{{#items}}\n- {{.}}\n{{/items}}\nend", data, limits_of(1000), filled);
  CHECK(filled.text == "- a\n- b\nend");
  Filled defaults;
  fill("  {{empty | default: \"\"}}\r\nnext {{^items}}none{{/items}}\n", data, limits_of(1000),
       defaults);
  CHECK(defaults.text == "next \n");
}

TEST_CASE("expansion: sections nest at most 100 deep in one text") {
  const DataNode data = record({{"items", list({record({{"items", scalar("x")}})})}});
  Filled deep;
  fill(nested_sections(101, "x"), data, limits_of(1000), deep);
  REQUIRE(deep.diagnostics.error_count() == 1);
  CHECK(deep.diagnostics.all()[0].message ==
        "cannot fill this text's tags: sections nest more than 100 deep");
  Filled allowed;
  fill(nested_sections(100, ""), data, limits_of(1000), allowed);
  CHECK_FALSE(allowed.diagnostics.has_errors());
}

// Binding: the pieces a table's cells, a list's fixed entries and inline markup make.

TextValue tv(std::string text) { return {std::move(text), {"t.yaml", 20, 5}}; }

TemplateDef template_with(BodyBlockDef block) {
  TemplateDef layout;
  layout.source_file = "t.yaml";
  layout.families["sans"] = {"sans", "R.ttf", "", "", "", {"t.yaml", 3, 3}};
  StyleDef body;
  body.name = "body";
  body.family = "sans";
  layout.styles["body"] = body;
  layout.blocks = {std::move(block)};
  layout.contract.declared = true;
  return layout;
}

HandoutData data_of(DataNode tree) {
  HandoutData data;
  data.source_file = "d.yaml";
  data.tree = std::move(tree);
  return data;
}

BodyBlockDef block(BlockBody body) { return {{"t.yaml", 20, 3}, std::move(body)}; }

BodyBlockDef paragraph(std::string text) {
  return block(ParagraphDef{{tv(std::move(text)), "body"}});
}

TEST_CASE("bind: every table cell is a piece, so columns multiply rows") {
  TableDef table{.path = tv("items"), .style = "body"};
  for (int column = 0; column < 20; ++column) {
    table.columns.push_back({tv("c"), {"{{n}}", {"t.yaml", 30 + column, 9}}});
  }
  Diagnostics diagnostics;
  // 100 rows of 20 cells, and 20 header cells: 2,000 cells from 100 elements.
  DocTree tree = bind_document(data_of(record({{"items", numbers(100)}})),
                               template_with(block(table)), diagnostics, limits_of(1000));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message == kTooManyPieces);
  CHECK(diagnostics.all()[0].where.file == "t.yaml");
  CHECK(diagnostics.all()[0].where.line >= 30);
  CHECK(diagnostics.all()[0].hints.at(0) == "a table makes a cell for every column of every row");
  Diagnostics enough;
  tree = bind_document(data_of(record({{"items", numbers(100)}})), template_with(block(table)),
                       enough, limits_of(1 + 100 + 20 + 2000));
  CHECK_FALSE(enough.has_errors());
}

TEST_CASE("bind: fixed list entries and marks of inline markup are pieces too") {
  ListDef fixed{.style = "body"};
  for (int i = 0; i < 50; ++i) fixed.entries.push_back(tv("entry"));
  BodyBlockDef each = block(EachDef{.path = tv("items"), .blocks = {block(fixed)}});
  Diagnostics diagnostics;
  bind_document(data_of(record({{"items", numbers(100)}})), template_with(each), diagnostics,
                limits_of(1000));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message == kTooManyPieces);

  std::string words;
  for (int i = 0; i < 600; ++i) words += "*a* ";
  Diagnostics runs;
  DocTree tree = bind_document(data_of(record({{"text", scalar(words)}})),
                               template_with(paragraph("{{text}}")), runs, limits_of(1000));
  REQUIRE(runs.error_count() == 1);
  CHECK(runs.all()[0].message == kTooManyPieces);
  CHECK(runs.all()[0].where.file == "t.yaml");  // the template's paragraph, not the data
  CHECK(runs.all()[0].hints.at(0) ==
        "every mark of inline markup counts: each '*' or '_' that can start or end emphasis, "
        "each `code` span, link and hard line break");
}

TEST_CASE("bind: a link's address counts as text for every run that carries it") {
  const std::string address = "https://example.org/" + std::string(1000, 'p');
  std::string label;
  for (int i = 0; i < 20; ++i) label += "*a* b ";
  Diagnostics diagnostics;
  bind_document(data_of(record({{"text", scalar("[" + label + "](" + address + ")")}})),
                template_with(paragraph("{{text}}")), diagnostics, limits_of(1000, 16 * 1024));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message ==
        "the template's text expands to more than 16 KiB from this data");
}

TEST_CASE("bind: each toc lists every heading, so its entries are pieces before layout") {
  BodyBlockDef heading = block(HeadingDef{tv("{{n}}"), "body", 1});
  BodyBlockDef toc{{"t.yaml", 40, 9}, TocDef{"body", 2}};
  BodyBlockDef each = block(EachDef{.path = tv("items"), .blocks = {heading, toc}});
  // 40 headings and 40 tables of contents: 1,600 entries.
  Diagnostics diagnostics;
  bind_document(data_of(record({{"items", numbers(40)}})), template_with(each), diagnostics,
                limits_of(1000));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].where.line == 40);
  CHECK(diagnostics.all()[0].hints.at(0) ==
        "a table of contents lists every heading up to its depth, and each 'toc' block lists "
        "them all again");
  Diagnostics enough;
  bind_document(data_of(record({{"items", numbers(40)}})), template_with(each), enough,
                limits_of(1 + 40 * 3 + 1600));
  CHECK_FALSE(enough.has_errors());
}

// The errors of binding a level-1 heading of `length` bytes under a footer of `footer`.
std::vector<std::string> running_errors(const std::string& footer, size_t length) {
  TemplateDef layout = template_with(block(HeadingDef{tv("{{long}}"), "body", 1}));
  layout.footer = RegionDef{footer, "", "", "body", true, {}, {}};
  Diagnostics diagnostics;
  bind_document(data_of(record({{"long", scalar(std::string(length, 'x'))}})), layout, diagnostics);
  std::vector<std::string> errors;
  for (const Diagnostic& diagnostic : diagnostics.all()) errors.push_back(diagnostic.message);
  return errors;
}

TEST_CASE("bind: a header or footer slot is one line of at most 256 bytes, {{section}} too") {
  CHECK(running_errors("{{long}}", 257) ==
        std::vector<std::string>{"this header or footer text is 257 bytes once filled, more than "
                                 "the 256 bytes one line of a header or footer may hold"});
  CHECK(running_errors("{{section}}", 257) ==
        std::vector<std::string>{"this heading is 257 bytes, more than the 256 bytes one line of "
                                 "a header or footer may hold, and {{section}} shows it there"});
  CHECK(running_errors("{{long}} {{section}}", 127).empty());
  CHECK(running_errors("{{section}}", 256).empty());
}

}  // namespace
}  // namespace handout
