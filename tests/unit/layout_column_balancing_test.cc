#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "layout/frames.h"
#include "layout/page_flow.h"

namespace handout {
namespace {

// Hand-built blocks: every unit is one 12 pt line holding a run whose text names it, e.g. "3.7"
// for block 3, line 7. A run's baseline is the top of its unit, so a column's bottom is its last
// baseline + 12.
constexpr double kLine = 12;
constexpr int kLinesPerColumn = 10;
constexpr double kMargin = 20;
constexpr double kColumnWidth = 100;
constexpr double kGap = 10;

FlowUnit line_unit(const std::string& text) {
  FlowUnit unit;
  unit.height = kLine;
  TextRun run;
  run.text = text;
  unit.items.push_back(run);
  return unit;
}

FlowBlock block_of(int tag, int lines, Splitting splitting) {
  FlowBlock block;
  block.splitting = splitting;
  for (int i = 0; i < lines; ++i) {
    block.units.push_back(line_unit(std::to_string(tag) + "." + std::to_string(i)));
  }
  return block;
}

FlowBlock paragraph(int tag, int lines) { return block_of(tag, lines, Splitting::between_lines); }

FlowBlock heading(int tag) {
  FlowBlock block = block_of(tag, 1, Splitting::never);
  block.keeps_with_next = true;
  return block;
}

FlowBlock column_break() {
  FlowBlock block;
  block.breaks = BreakBlock::Kind::column;
  return block;
}

PageDef columns_page(int columns, bool balance = true) {
  PageDef page;
  page.columns = columns;
  page.column_gap = kGap;
  page.width = columns * kColumnWidth + (columns - 1) * kGap + 2 * kMargin;
  page.height = kLinesPerColumn * kLine + 2 * kMargin;
  page.margin_top = page.margin_bottom = page.margin_left = page.margin_right = kMargin;
  page.balance_columns = balance;
  return page;
}

FlowedPages flow(const std::vector<FlowBlock>& blocks, const PageDef& page,
                 PaginationRules rules = {}) {
  return flow_pages(blocks, page, first_frame_of(page), rules);
}

// The runs of a page, column by column (keyed by x), each column top to bottom.
std::map<double, std::vector<const TextRun*>> columns_of(const LaidOutPage& page) {
  std::map<double, std::vector<const TextRun*>> columns;
  for (const PageItem& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) columns[run->x].push_back(run);
  }
  for (auto& [x, runs] : columns) {
    std::stable_sort(runs.begin(), runs.end(),
                     [](const TextRun* a, const TextRun* b) { return a->baseline < b->baseline; });
  }
  return columns;
}

std::vector<int> lines_per_column(const LaidOutPage& page) {
  std::vector<int> counts;
  for (const auto& [x, runs] : columns_of(page)) counts.push_back(static_cast<int>(runs.size()));
  return counts;
}

std::vector<double> column_bottoms(const LaidOutPage& page) {
  std::vector<double> bottoms;
  for (const auto& [x, runs] : columns_of(page)) bottoms.push_back(runs.back()->baseline + kLine);
  return bottoms;
}

// Every run's text in reading order: page by page, column by column, top to bottom.
std::vector<std::string> texts_in_reading_order(const FlowedPages& flowed) {
  std::vector<std::string> texts;
  for (const LaidOutPage& page : flowed.pages) {
    for (const auto& [x, runs] : columns_of(page)) {
      for (const TextRun* run : runs) texts.push_back(run->text);
    }
  }
  return texts;
}

std::vector<std::string> texts_of(const std::vector<FlowBlock>& blocks) {
  std::vector<std::string> texts;
  for (const FlowBlock& block : blocks) {
    for (const FlowUnit& unit : block.units) texts.push_back(std::get<TextRun>(unit.items[0]).text);
  }
  return texts;
}

bool within_a_line(const std::vector<double>& bottoms) {
  const auto [low, high] = std::minmax_element(bottoms.begin(), bottoms.end());
  return *high - *low <= kLine + 1e-9;
}

// The column and the place in it of the run with `text` on `page`.
std::pair<size_t, size_t> place_of(const LaidOutPage& page, const std::string& text) {
  size_t column = 0;
  for (const auto& [x, runs] : columns_of(page)) {
    for (size_t row = 0; row < runs.size(); ++row) {
      if (runs[row]->text == text) return {column, row};
    }
    ++column;
  }
  FAIL("no run '" << text << "'");
  return {0, 0};
}

TEST_CASE("column balancing: one page's text ends at the same height in all three columns") {
  const std::vector<FlowBlock> blocks = {paragraph(1, 7), paragraph(2, 8)};
  const FlowedPages unbalanced = flow(blocks, columns_page(3, false));
  REQUIRE(unbalanced.pages.size() == 1);
  CHECK(lines_per_column(unbalanced.pages[0]) == std::vector<int>{10, 5});

  const FlowedPages balanced = flow(blocks, columns_page(3));
  REQUIRE(balanced.pages.size() == 1);
  CHECK(lines_per_column(balanced.pages[0]) == std::vector<int>{5, 5, 5});
  CHECK(within_a_line(column_bottoms(balanced.pages[0])));
  CHECK(texts_in_reading_order(balanced) == texts_of(blocks));
  CHECK(balanced.frames_filled == std::vector<size_t>{3});
  CHECK(balanced.column_bottoms[0] == doctest::Approx(kMargin + 5 * kLine));
}

TEST_CASE("column balancing: earlier pages stay as they were; only the last is balanced") {
  const std::vector<FlowBlock> blocks = {paragraph(1, 20), paragraph(2, 17)};
  const FlowedPages unbalanced = flow(blocks, columns_page(3, false));
  const FlowedPages balanced = flow(blocks, columns_page(3));
  REQUIRE(unbalanced.pages.size() == 2);
  REQUIRE(balanced.pages.size() == 2);
  const auto runs_before = columns_of(unbalanced.pages[0]);
  const auto runs_after = columns_of(balanced.pages[0]);
  REQUIRE(runs_before.size() == runs_after.size());
  for (auto before = runs_before.begin(), after = runs_after.begin(); before != runs_before.end();
       ++before, ++after) {
    REQUIRE(before->second.size() == after->second.size());
    for (size_t i = 0; i < before->second.size(); ++i) {
      CHECK(before->second[i]->text == after->second[i]->text);
      CHECK(before->second[i]->x == after->second[i]->x);
      CHECK(before->second[i]->baseline == after->second[i]->baseline);
    }
  }
  CHECK(lines_per_column(unbalanced.pages[1]) == std::vector<int>{7});
  // Seven lines of one paragraph with two widows: 3 + 2 + 2, not 3 + 3 + 1.
  CHECK(lines_per_column(balanced.pages[1]) == std::vector<int>{3, 2, 2});
  CHECK(within_a_line(column_bottoms(balanced.pages[1])));
  CHECK(texts_in_reading_order(balanced) == texts_of(blocks));
  CHECK(balanced.column_bottoms[0] == doctest::Approx(kMargin + kLinesPerColumn * kLine));
}

TEST_CASE("column balancing: headings keep with their text and short blocks stay whole") {
  // 3 + 1 + 4 + 1 + 3 + 1 + 5 = 18 lines: a heading before each paragraph, and a block of four
  // lines that never splits.
  const std::vector<FlowBlock> blocks = {
      paragraph(1, 3), heading(2),      block_of(3, 4, Splitting::never),
      heading(4),      paragraph(5, 3), heading(6),
      paragraph(7, 5)};
  const FlowedPages balanced = flow(blocks, columns_page(3));
  REQUIRE(balanced.pages.size() == 1);
  const LaidOutPage& page = balanced.pages[0];
  CHECK(texts_in_reading_order(balanced) == texts_of(blocks));
  // The heading before the four-line block cannot end column 1, so 8 lines is the shortest:
  // 3 + 1 + 4, then 1 + 3 + 1 + 3, then the last 2 lines of paragraph 7.
  CHECK(lines_per_column(page) == std::vector<int>{8, 8, 2});
  for (int tag : {2, 4, 6}) {  // each heading has its text's first line below it, same column
    const auto [column, row] = place_of(page, std::to_string(tag) + ".0");
    CHECK(place_of(page, std::to_string(tag + 1) + ".0") == std::make_pair(column, row + 1));
  }
  CHECK(place_of(page, "3.0").first == place_of(page, "3.3").first);
  // Orphans and widows: paragraph 7 keeps at least two lines on each side of a column break.
  const size_t first_column = place_of(page, "7.0").first;
  int in_first = 0;
  for (int i = 0; i < 5; ++i)
    in_first += place_of(page, "7." + std::to_string(i)).first == first_column;
  CHECK((in_first == 5 || (in_first >= 2 && in_first <= 3)));
}

TEST_CASE("column balancing: a table's header row repeats in each column it continues in") {
  FlowBlock table = block_of(1, 13, Splitting::between_units);
  table.repeated_head = line_unit("head");
  table.units.insert(table.units.begin(), line_unit("head"));
  const FlowedPages balanced = flow({table}, columns_page(2));
  REQUIRE(balanced.pages.size() == 1);
  const auto columns = columns_of(balanced.pages[0]);
  REQUIRE(columns.size() == 2);
  for (const auto& [x, runs] : columns) CHECK(runs.front()->text == "head");
  CHECK(lines_per_column(balanced.pages[0]) == std::vector<int>{8, 7});
  std::vector<std::string> rows;
  for (const std::string& text : texts_in_reading_order(balanced)) {
    if (text != "head") rows.push_back(text);
  }
  std::vector<std::string> expected = texts_of({table});
  expected.erase(expected.begin());
  CHECK(rows == expected);
}

TEST_CASE("column balancing: a block that fills a column cannot be shortened and adds no page") {
  const std::vector<FlowBlock> blocks = {block_of(1, kLinesPerColumn, Splitting::never)};
  const FlowedPages balanced = flow(blocks, columns_page(3));
  REQUIRE(balanced.pages.size() == 1);
  CHECK(lines_per_column(balanced.pages[0]) == std::vector<int>{kLinesPerColumn});
  CHECK(balanced.column_bottoms[0] == doctest::Approx(kMargin + kLinesPerColumn * kLine));
}

TEST_CASE("column balancing: a column break on the last page, false, or cards leave it as is") {
  const std::vector<FlowBlock> with_break = {paragraph(1, 4), column_break(), paragraph(2, 12)};
  const FlowedPages broken = flow(with_break, columns_page(3));
  REQUIRE(broken.pages.size() == 1);
  CHECK(lines_per_column(broken.pages[0]) == std::vector<int>{4, 10, 2});

  const std::vector<FlowBlock> blocks = {paragraph(1, 15)};
  CHECK(lines_per_column(flow(blocks, columns_page(3, false)).pages[0]) == std::vector<int>{10, 5});
  PageDef cards = columns_page(1);
  cards.cards = CardGridDef{2, 1, 0, 0, std::nullopt, {}};
  const FlowedPages carded = flow(blocks, cards);
  REQUIRE(carded.pages.size() == 1);
  CHECK(lines_per_column(carded.pages[0]) == std::vector<int>{10, 5});

  // A break on an earlier page does not stop the last page from balancing.
  std::vector<FlowBlock> early_break = {paragraph(1, 25), column_break(), paragraph(2, 6)};
  const FlowedPages later = flow(early_break, columns_page(3));
  REQUIRE(later.pages.size() == 2);
  CHECK(lines_per_column(later.pages[1]) == std::vector<int>{2, 2, 2});
}

TEST_CASE("column balancing: the column rules stop at the balanced page's deepest column") {
  PageDef page = columns_page(3);
  page.column_rule = RuleDef{0.4, {}, false, {}};
  const FlowedPages flowed = flow({paragraph(1, 20), paragraph(2, 17)}, page);
  REQUIRE(flowed.pages.size() == 2);
  std::vector<LaidOutPage> pages = flowed.pages;
  add_frame_lines(page, flowed.frames_filled, flowed.column_bottoms, pages);
  for (size_t index = 0; index < pages.size(); ++index) {
    int rules = 0;
    for (const PageItem& item : pages[index].items) {
      if (const auto* line = std::get_if<DrawnLine>(&item)) {
        ++rules;
        CHECK(line->y1 == doctest::Approx(kMargin));
        CHECK(line->y2 == doctest::Approx(index == 0 ? kMargin + kLinesPerColumn * kLine
                                                     : kMargin + 3 * kLine));
      }
    }
    CHECK(rules == 2);
  }
}

}  // namespace
}  // namespace handout
