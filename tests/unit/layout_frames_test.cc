#include <doctest/doctest.h>

#include "layout/frames.h"
#include "layout/layout_document.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

std::vector<const DrawnLine*> lines_on(const LaidOutPage& page) {
  std::vector<const DrawnLine*> lines;
  for (const PageItem& item : page.items) {
    if (const auto* line = std::get_if<DrawnLine>(&item)) lines.push_back(line);
  }
  return lines;
}

// `count` one-line paragraphs, each 12 pt tall.
DocTree lines_document(const PageDef& page_def, int count) {
  DocTree tree;
  tree.page = page_def;
  for (int i = 0; i < count; ++i) tree.blocks.push_back(plain_paragraph("Line", style(), {}));
  return tree;
}

TEST_CASE("layout frames: columns split the text area, gaps between them") {
  PageDef page_def = page(300, 120);
  page_def.columns = 3;
  page_def.column_gap = 15;
  const std::vector<TextArea> frames = frames_on_page(page_def, 0);
  REQUIRE(frames.size() == 3);
  CHECK(frames[0].left == doctest::Approx(20));
  CHECK(frames[0].width == doctest::Approx(90));
  CHECK(frames[1].left == doctest::Approx(125));
  CHECK(frames[2].right() == doctest::Approx(320));
  CHECK(frames[2].height == doctest::Approx(120));
}

TEST_CASE("layout frames: text flows down column 1, then column 2, then the next page") {
  PageDef page_def = page(300, 120);  // 10 lines of 12 pt per column
  page_def.columns = 2;
  page_def.column_gap = 20;
  const LaidOutDocument document = laid_out(lines_document(page_def, 25));
  REQUIRE(document.pages.size() == 2);
  const std::vector<const TextRun*> runs = runs_on(document.pages[0]);
  REQUIRE(runs.size() == 20);
  CHECK(runs[0]->x == doctest::Approx(20));
  CHECK(runs[9]->x == doctest::Approx(20));
  CHECK(runs[10]->x == doctest::Approx(180));   // 20 + 140 + 20
  CHECK(runs[10]->baseline == doctest::Approx(runs[0]->baseline));
  CHECK(runs_on(document.pages[1]).size() == 5);
}

TEST_CASE("layout frames: a column rule in each gap whose next column has content") {
  PageDef page_def = page(300, 120);
  page_def.columns = 3;
  page_def.column_gap = 30;
  page_def.column_rule = RuleDef{0.4, {0.5, 0.5, 0.5}, false, {}};
  page_def.balance_columns = false;  // balanced, 15 lines would fill all three columns
  const LaidOutDocument document = laid_out(lines_document(page_def, 15));  // 1.5 columns
  REQUIRE(document.pages.size() == 1);
  const std::vector<const DrawnLine*> rules = lines_on(document.pages[0]);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0]->x1 == doctest::Approx(20 + 80 + 15));
  CHECK(rules[0]->x2 == doctest::Approx(rules[0]->x1));
  CHECK(rules[0]->y1 == doctest::Approx(20));
  CHECK(rules[0]->y2 == doctest::Approx(140));
  CHECK(rules[0]->width == doctest::Approx(0.4));
}

TEST_CASE("layout frames: a card grid fills cards left to right, then down, with cut lines") {
  PageDef page_def = page(200, 200, 10);
  page_def.cards = CardGridDef{2, 2, 0, 5, RuleDef{0.3, {}, true, {}}, {}};
  const std::vector<TextArea> cards = frames_on_page(page_def, 0);
  REQUIRE(cards.size() == 4);
  CHECK(cards[1].left == doctest::Approx(115));  // 10 + 100 + padding 5
  CHECK(cards[1].top == doctest::Approx(15));
  CHECK(cards[2].left == doctest::Approx(15));
  CHECK(cards[2].top == doctest::Approx(115));
  CHECK(cards[0].width == doctest::Approx(90));
  DocTree tree = lines_document(page_def, 3);
  tree.blocks.insert(tree.blocks.begin() + 1, BreakBlock{BreakBlock::Kind::column, {}});
  tree.blocks.insert(tree.blocks.begin() + 3, BreakBlock{BreakBlock::Kind::column, {}});
  const LaidOutDocument document = laid_out(tree);
  REQUIRE(document.pages.size() == 1);
  const std::vector<const TextRun*> runs = runs_on(document.pages[0]);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0]->x == doctest::Approx(15));
  CHECK(runs[1]->x == doctest::Approx(115));
  CHECK(runs[2]->x == doctest::Approx(15));
  CHECK(runs[2]->baseline > 115);
  // A 2 x 2 grid without gaps: 3 horizontal and 3 vertical lines of 2 edges each, once.
  const std::vector<const DrawnLine*> cuts = lines_on(document.pages[0]);
  CHECK(cuts.size() == 12);
  for (const DrawnLine* cut : cuts) CHECK(cut->dashed);
}

TEST_CASE("layout frames: two-sided pages mirror the margins on even pages") {
  PageDef page_def = page(200, 24);  // two lines a page
  page_def.margin_left = 40;         // inner
  page_def.margin_right = 10;        // outer
  page_def.width = 250;
  page_def.two_sided = true;
  CHECK(text_area_on_page(page_def, 0).left == doctest::Approx(40));
  CHECK(text_area_on_page(page_def, 1).left == doctest::Approx(10));
  const LaidOutDocument document = laid_out(lines_document(page_def, 4));
  REQUIRE(document.pages.size() == 2);
  CHECK(runs_on(document.pages[0])[0]->x == doctest::Approx(40));
  CHECK(runs_on(document.pages[1])[0]->x == doctest::Approx(10));
}

TEST_CASE("layout frames: a page break starts a new page, never an empty one") {
  DocTree tree = lines_document(page(200, 200), 2);
  tree.blocks.insert(tree.blocks.begin(), BreakBlock{BreakBlock::Kind::page, {}});
  tree.blocks.insert(tree.blocks.begin() + 2, BreakBlock{BreakBlock::Kind::page, {}});
  tree.blocks.insert(tree.blocks.begin() + 2, BreakBlock{BreakBlock::Kind::page, {}});
  const LaidOutDocument document = laid_out(tree);
  REQUIRE(document.pages.size() == 2);
  CHECK(runs_on(document.pages[0]).size() == 1);
  CHECK(runs_on(document.pages[1]).size() == 1);
}

}  // namespace
}  // namespace handout
