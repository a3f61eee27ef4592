#include <doctest/doctest.h>

#include "image/qr_code.h"
#include "layout/layout_document.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

const TextRun* run_with(const LaidOutPage& page, const std::string& text) {
  for (const TextRun* run : runs_on(page)) {
    if (run->text == text) return run;
  }
  return nullptr;
}

DocTree tree_of(std::vector<Block> blocks, PageDef page_def = page(300, 400)) {
  DocTree tree;
  tree.page = page_def;
  tree.blocks = std::move(blocks);
  return tree;
}

TEST_CASE("layout blocks: a list hangs its entries and right-aligns markers in the indent") {
  ListBlock list;
  list.style = style();
  list.indent = 20;
  list.entries = {{"1.", plain_inline_text("One"), {}},
                  {"10.", plain_inline_text(repeat_words("word", 60)), {}}};
  const LaidOutDocument document = laid_out(tree_of({list}));
  const LaidOutPage& page = document.pages[0];
  const TextRun* one = run_with(page, "One");
  const TextRun* first_marker = run_with(page, "1.");
  const TextRun* second_marker = run_with(page, "10.");
  REQUIRE(one);
  REQUIRE(first_marker);
  REQUIRE(second_marker);
  CHECK(one->x == doctest::Approx(40));
  CHECK(first_marker->baseline == doctest::Approx(one->baseline));
  const double gap = 10.0 / 3;
  CHECK(first_marker->x + width_of(*first_marker) == doctest::Approx(40 - gap));
  CHECK(second_marker->x + width_of(*second_marker) == doctest::Approx(40 - gap));
  // The long entry wraps; every line starts at the indent.
  size_t wrapped = 0;
  for (const TextRun* run : runs_on(page)) {
    if (run->text.rfind("word", 0) == 0) {
      CHECK(run->x == doctest::Approx(40));
      ++wrapped;
    }
  }
  CHECK(wrapped >= 2);
}

TableBlock three_row_table(int rows) {
  TableBlock table;
  table.columns = {{Measure::share(0.25), TextAlign::left},
                   {Measure::share(0.75), TextAlign::right}};
  table.header = {plain_inline_text("Area"), plain_inline_text("What for")};
  for (int i = 0; i < rows; ++i) {
    table.rows.push_back({plain_inline_text("Row" + std::to_string(i)), plain_inline_text("x")});
  }
  table.header_style = style();
  table.header_style.edit().face = noto("NotoSans-Bold.ttf");
  table.cell_style = style();
  table.cell_padding = 3;
  return table;
}

TEST_CASE("layout blocks: a table sets cells in columns by fraction, with rules between rows") {
  const LaidOutDocument document = laid_out(tree_of({three_row_table(3)}));
  const LaidOutPage& page = document.pages[0];
  const TextRun* area = run_with(page, "Area");
  const TextRun* row0 = run_with(page, "Row0");
  const TextRun* row1 = run_with(page, "Row1");
  REQUIRE(area);
  REQUIRE(row0);
  REQUIRE(row1);
  CHECK(area->x == doctest::Approx(23));                          // frame left + padding
  CHECK(row1->baseline - row0->baseline == doctest::Approx(18));  // 12 + 2 x 3 padding
  const TextRun* what_for = run_with(page, "What for");
  REQUIRE(what_for);
  CHECK(what_for->x + width_of(*what_for) == doctest::Approx(320 - 3));  // right-aligned
  const std::vector<const DrawnLine*> rules = items_on<DrawnLine>(page);
  REQUIRE(rules.size() == 3);  // under the header, between rows 0-1 and 1-2
  CHECK(rules[0]->y1 == doctest::Approx(20 + 18));
  CHECK(rules[0]->x1 == doctest::Approx(20));
  CHECK(rules[0]->x2 == doctest::Approx(320));
}

TEST_CASE("layout blocks: a table's rows never split and its header repeats on the next page") {
  const LaidOutDocument document = laid_out(tree_of({three_row_table(12)}, page(300, 100)));
  REQUIRE(document.pages.size() >= 3);
  for (const LaidOutPage& page : document.pages) {
    const TextRun* header = run_with(page, "Area");
    REQUIRE(header);
    CHECK(header->baseline < 20 + 18);  // the first row of every page
    for (const TextRun* run : runs_on(page)) CHECK(run->baseline <= 120);
  }
}

TEST_CASE("layout blocks: contents list headings with their pages, dot leaders and links") {
  TocBlock toc;
  toc.entry_style = style();
  toc.depth = 1;
  std::vector<Block> blocks = {toc};
  for (int i = 1; i <= 3; ++i) {
    blocks.push_back(BreakBlock{BreakBlock::Kind::page, {}});
    blocks.push_back(plain_heading("Chapter " + std::to_string(i), style(), 1, {}));
    blocks.push_back(plain_heading("Detail", style(), 2, {}));
  }
  const LaidOutDocument document = laid_out(tree_of(blocks));
  REQUIRE(document.pages.size() == 4);
  const LaidOutPage& contents = document.pages[0];
  const std::vector<const LinkArea*> links = items_on<LinkArea>(contents);
  REQUIRE(links.size() == 3);  // depth 1: the chapters only
  for (size_t i = 0; i < links.size(); ++i) {
    CHECK(links[i]->url.empty());
    CHECK(links[i]->target_page == i + 1);
    CHECK(links[i]->target_y == doctest::Approx(20));
  }
  const TextRun* number = run_with(contents, "4");  // chapter 3 is on page 4
  REQUIRE(number);
  CHECK(number->x + width_of(*number) == doctest::Approx(320));
  const TextRun* chapter = run_with(contents, "Chapter 3");
  REQUIRE(chapter);
  CHECK(number->baseline == doctest::Approx(chapter->baseline));
  size_t leaders = 0;
  for (const TextRun* run : runs_on(contents)) {
    if (run->text.find(". . .") == std::string::npos) continue;
    ++leaders;
    CHECK(run->x >= 20 + shaped_width("Chapter 1") - 0.01);  // after the title
    CHECK(run->x + width_of(*run) <= number->x);             // before the number's room
    CHECK(run->x + width_of(*run) > 320 - 40);               // reaching near it
  }
  CHECK(leaders == 3);
}

TEST_CASE("layout blocks: spacers, rules and QR codes take their height") {
  RuleBlock rule;
  rule.rule = RuleDef{2, {1, 0, 0}, true, {}};
  rule.space_before = rule.space_after = 5;
  Diagnostics diagnostics;
  QrCodeBlock code;
  code.text = "https://example.org";
  code.size = 50;
  test_images().add_qr_code(code.text, encode_qr_code(code.text, {}, diagnostics));
  const LaidOutDocument document =
      laid_out(tree_of({plain_paragraph("Top", style(), {}), SpacerBlock{30, {}}, rule, code}));
  const LaidOutPage& page = document.pages[0];
  const std::vector<const DrawnLine*> rules = items_on<DrawnLine>(page);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0]->y1 == doctest::Approx(20 + 12 + 30 + 5 + 1));
  CHECK(rules[0]->dashed);
  CHECK(rules[0]->x2 - rules[0]->x1 == doctest::Approx(300));
  const std::vector<const PlacedImage*> codes = images_on(page);
  REQUIRE(codes.size() == 1);
  CHECK(codes[0]->y == doctest::Approx(20 + 12 + 30 + 5 + 2 + 5));
  CHECK(codes[0]->width == doctest::Approx(50));
  CHECK(codes[0]->height == doctest::Approx(50));
}

TEST_CASE("layout blocks: a group that does not fit moves whole to the next page") {
  std::vector<Block> blocks;
  for (int i = 0; i < 8; ++i) blocks.push_back(plain_paragraph("Filler", style(), {}));
  GroupBlock group;
  group.blocks = {plain_heading("Kept", style(), 2, {}), plain_paragraph("together", style(), {}),
                  plain_paragraph("here", style(), {})};
  blocks.push_back(group);
  const LaidOutDocument document = laid_out(tree_of(blocks, page(300, 120)));
  REQUIRE(document.pages.size() == 2);
  CHECK(run_with(document.pages[1], "Kept"));
  CHECK(run_with(document.pages[1], "here"));
  REQUIRE(document.outline.size() == 1);
  CHECK(document.outline[0].page_index == 1);
}

TEST_CASE("layout blocks: a callout draws its box behind its padded text") {
  CalloutBlock callout;
  callout.blocks = {plain_paragraph("Note", style(), {})};
  callout.background = Color{0.9, 0.9, 0.8};
  callout.border = Color{0.5, 0.5, 0.4};
  callout.padding = 6;
  const LaidOutDocument document = laid_out(tree_of({callout}));
  const LaidOutPage& page = document.pages[0];
  REQUIRE(!page.items.empty());
  const auto* box = std::get_if<DrawnBox>(&page.items[0]);  // drawn first: behind the text
  REQUIRE(box);
  CHECK(box->x == doctest::Approx(20));
  CHECK(box->y == doctest::Approx(20));
  CHECK(box->width == doctest::Approx(300));
  CHECK(box->height == doctest::Approx(12 + 12));
  CHECK(box->fill.has_value());
  CHECK(box->stroke.has_value());
  const TextRun* note = run_with(page, "Note");
  REQUIRE(note);
  CHECK(note->x == doctest::Approx(26));
}

TEST_CASE("layout blocks: a callout taller than a page splits with strips of its box") {
  CalloutBlock callout;
  for (int i = 0; i < 20; ++i) callout.blocks.push_back(plain_paragraph("Line", style(), {}));
  callout.background = Color{0.9, 0.9, 0.8};
  const LaidOutDocument document = laid_out(tree_of({callout}, page(300, 120)));
  REQUIRE(document.pages.size() >= 2);
  for (const LaidOutPage& page : document.pages) {
    CHECK(!items_on<DrawnBox>(page).empty());
    for (const DrawnBox* strip : items_on<DrawnBox>(page))
      CHECK(strip->y + strip->height <= 140.001);
  }
}

TEST_CASE("layout blocks: {{section}} is the last level-1 heading on or before the page") {
  DocTree tree =
      tree_of({plain_paragraph("Before", style(), {}), BreakBlock{BreakBlock::Kind::page, {}},
               plain_heading("Alpha", style(), 1, {}), plain_heading("Sub", style(), 2, {}),
               BreakBlock{BreakBlock::Kind::page, {}}, plain_paragraph("More", style(), {})});
  RunningText header;
  header.left = "[{{section}}]";
  header.style = style();
  header.first_page = RunningSlots{"first", "", ""};
  tree.header = header;
  const LaidOutDocument document = laid_out(tree);
  REQUIRE(document.pages.size() == 3);
  CHECK(run_with(document.pages[0], "first"));
  CHECK(run_with(document.pages[1], "[Alpha]"));
  CHECK(run_with(document.pages[2], "[Alpha]"));
}

}  // namespace
}  // namespace handout
