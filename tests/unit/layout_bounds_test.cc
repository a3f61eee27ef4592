#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/layout_document.h"
#include "layout_test_support.h"

// Documents at the edges of what layout can do: each must end in a result or a clear error,
// never in an endless loop.

namespace handout {
namespace {

using namespace layout_test;

ParagraphBlock paragraph(const std::string& text, int line = 3) {
  return plain_paragraph(text, style(), {"data.yaml", line, 5});
}

DocTree document(std::vector<Block> blocks, PageDef page_def = page(400, 300)) {
  DocTree tree;
  tree.page = page_def;
  tree.blocks = std::move(blocks);
  return tree;
}

// Every text run's text on every page, in order, joined by spaces.
std::string all_text(const LaidOutDocument& document) {
  std::string text;
  for (const LaidOutPage& laid_page : document.pages) {
    for (const TextRun* run : runs_on(laid_page)) text += (text.empty() ? "" : " ") + run->text;
  }
  return text;
}

// A figure as wide as the frame and at most as high.
FigureBlock figure(int pixel_width, int pixel_height, const std::string& caption = "") {
  FigureBlock block = figure_block(pixel_width, pixel_height, caption);
  block.width = Measure::share(1);
  block.max_height = Measure::share(1);
  return block;
}

}  // namespace

TEST_CASE(
    "layout bounds: a document over the page limit is an error at the block that needs "
    "one more page") {
  std::vector<Block> blocks;
  for (int i = 0; i < 200; ++i) blocks.push_back(paragraph(repeat_words("word", 30), i + 1));
  const DocTree tree = document(std::move(blocks));
  Diagnostics diagnostics;
  LayoutOptions options = test_options();
  options.max_pages = 2;
  const LaidOutDocument limited = layout_document(tree, diagnostics, options);
  CHECK(limited.pages.empty());
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.message == "the document needs more than 2 pages: this block would start page 3");
  CHECK(error.hints ==
        std::vector<std::string>{"if this is intended, raise the limit with --max-pages N"});
  CHECK(error.where.file == "data.yaml");
  CHECK(error.where.line > 1);
  const size_t pages = laid_out(tree).pages.size();
  CHECK(pages > 2);
  options.max_pages = pages;
  Diagnostics enough;
  CHECK(layout_document(tree, enough, options).pages.size() == pages);
  CHECK(enough.all().empty());
}

TEST_CASE("layout bounds: the page limit names the block that would start the next page") {
  const DocTree tree = document(
      {paragraph("one", 1), BreakBlock{BreakBlock::Kind::page, {"t", 2, 1}}, paragraph("two", 3),
       BreakBlock{BreakBlock::Kind::page, {"t", 4, 1}}, paragraph("three", 5)});
  Diagnostics diagnostics;
  LayoutOptions options = test_options();
  options.max_pages = 2;
  CHECK(layout_document(tree, diagnostics, options).pages.empty());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.file == "t");
  CHECK(diagnostics.all()[0].where.line == 4);
  // One-line paragraphs, 25 to a 300 pt page of 12 pt lines: the 26th moves on and is named.
  std::vector<Block> lines;
  for (int line = 1; line <= 40; ++line) lines.push_back(paragraph("word", line));
  Diagnostics moved;
  options.max_pages = 1;
  CHECK(layout_document(document(lines), moved, options).pages.empty());
  REQUIRE(moved.all().size() == 1);
  CHECK(moved.all()[0].where.line == 26);
}

TEST_CASE("layout bounds: the page limit holds for balanced columns and floating figures") {
  PageDef columns = page(400, 300);
  columns.columns = 2;
  columns.balance_columns = true;
  std::vector<Block> blocks;
  for (int i = 0; i < 100; ++i) blocks.push_back(paragraph(repeat_words("word", 30), i + 1));
  FigureBlock floating = figure(400, 280);
  floating.placement = FigurePlacement::float_;
  blocks.push_back(floating);
  blocks.push_back(floating);
  Diagnostics diagnostics;
  LayoutOptions options = test_options();
  options.max_pages = 1;
  CHECK(layout_document(document(blocks, columns), diagnostics, options).pages.empty());
  REQUIRE(diagnostics.error_count() == 1);  // the figure's low resolution is only a warning
  const auto error =
      std::find_if(diagnostics.all().begin(), diagnostics.all().end(),
                   [](const Diagnostic& d) { return d.severity == Severity::error; });
  CHECK(error->message == "the document needs more than 1 page: this block would start page 2");
}

TEST_CASE("layout bounds: an empty document is one empty page") {
  const LaidOutDocument empty = laid_out(document({}));
  REQUIRE(empty.pages.size() == 1);
  CHECK(empty.pages[0].items.empty());
  // Blocks that show nothing (an empty paragraph, a spacer of no height) leave it empty too.
  const LaidOutDocument blank = laid_out(document({paragraph(""), SpacerBlock{0, {}}}));
  REQUIRE(blank.pages.size() == 1);
  CHECK(blank.pages[0].items.empty());
}

TEST_CASE("layout bounds: a word wider than the column is set, not looped over") {
  const std::string word(300, 'W');
  Diagnostics diagnostics;
  const LaidOutDocument laid =
      layout_document(document({paragraph("a " + word + " b")}, page(60, 300)), diagnostics);
  CHECK(laid.pages.size() >= 1);
  REQUIRE(diagnostics.all().size() == 1);  // broken inside, once
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  std::string text = all_text(laid);
  std::erase(text, ' ');
  std::erase(text, '-');
  CHECK(text == "a" + word + "b");
}

TEST_CASE("layout bounds: a figure taller than the page, even with its caption, fits a page") {
  // A 1:10 image at full width would be 4000 pt tall on a 300 pt page, and the caption alone
  // takes more than the page.
  FigureBlock tall = figure(100, 1000, repeat_words("caption", 400));
  tall.placement = FigurePlacement::pinned;
  const LaidOutDocument laid = laid_out(document({paragraph("before"), tall, paragraph("after")}));
  size_t images = 0;
  for (const LaidOutPage& laid_page : laid.pages) {
    for (const PlacedImage* placed : images_on(laid_page)) {
      ++images;
      CHECK(placed->height <= 300 + 1e-6);
    }
  }
  CHECK(images == 1);
  CHECK(all_text(laid).ends_with("caption after"));
  // Floating, it waits for the next page while the text after it fills this one.
  tall.placement = FigurePlacement::float_;
  const LaidOutDocument floated =
      laid_out(document({paragraph("before"), tall, paragraph("after")}));
  CHECK(all_text(floated).starts_with("before after caption"));
}

TEST_CASE("layout bounds: a figure of zero size is left out") {
  const LaidOutDocument laid =
      laid_out(document({paragraph("before"), figure(0, 0), figure(10, 0), paragraph("after")}));
  REQUIRE(laid.pages.size() == 1);
  CHECK(images_on(laid.pages[0]).empty());
  CHECK(all_text(laid) == "before after");
}

TEST_CASE("layout bounds: spacers and paddings larger than the page end in pages") {
  const double huge = 1e12;
  const LaidOutDocument spaced =
      laid_out(document({paragraph("before"), SpacerBlock{huge, {}}, paragraph("after")}));
  CHECK(spaced.pages.size() <= 3);
  CHECK(all_text(spaced) == "before after");

  CalloutBlock padded;
  padded.blocks = {paragraph("inside")};
  padded.padding = 1000;  // more than the frame is wide
  padded.background = Color{0.9, 0.9, 0.9};
  const LaidOutDocument boxed = laid_out(document({Block(padded), paragraph("after")}));
  CHECK(all_text(boxed).ends_with("after"));

  ListBlock indented;
  indented.entries = {ListEntry{"•", plain_inline_text("entry"), {}}};
  indented.style = style();
  indented.indent = 1000;  // the entries' text starts right of the frame
  const LaidOutDocument listed = laid_out(document({Block(indented), paragraph("after")}));
  CHECK(all_text(listed).ends_with("after"));

  ParagraphBlock spaced_out = paragraph("spaced");
  spaced_out.style.edit().space_before = huge;
  spaced_out.style.edit().space_after = huge;
  const LaidOutDocument gaps = laid_out(document({paragraph("a"), spaced_out, paragraph("b")}));
  CHECK(gaps.pages.size() <= 3);
  CHECK(all_text(gaps) == "a spaced b");
}

TEST_CASE("layout bounds: lengths that are not finite do not stall the flow") {
  const double infinite = std::numeric_limits<double>::infinity();
  const double not_a_number = std::numeric_limits<double>::quiet_NaN();
  for (double odd : {infinite, not_a_number, -infinite}) {
    CAPTURE(odd);
    ParagraphBlock odd_space = paragraph("odd");
    odd_space.style.edit().space_before = odd;
    const LaidOutDocument laid =
        laid_out(document({paragraph("a"), SpacerBlock{odd, {}}, odd_space, paragraph("b")}));
    CHECK(laid.pages.size() <= 4);
    CHECK(all_text(laid) == "a odd b");
  }
}

TEST_CASE("layout bounds: a table row taller than a page goes on a page of its own, cut off") {
  TableBlock table;
  table.columns = {{Measure::share(0.5), TextAlign::left}, {Measure::share(0.5), TextAlign::left}};
  table.header = {plain_inline_text("Name"), plain_inline_text("Notes")};
  table.rows = {{plain_inline_text("short"), plain_inline_text("one")},
                {plain_inline_text("tall"), plain_inline_text(repeat_words("line", 600))},
                {plain_inline_text("last"), plain_inline_text("two")}};
  table.header_style = style();
  table.cell_style = style();
  table.where = {"template.yaml", 12, 5};
  Diagnostics diagnostics;
  const LaidOutDocument laid =
      layout_document(document({Block(table), paragraph("after")}), diagnostics);
  CHECK(laid.pages.size() >= 2);
  // Rows never split: the tall one runs off the foot of its page, which is worth a warning.
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& warning = diagnostics.all()[0];
  CHECK(warning.severity == Severity::warning);
  CHECK(warning.where.line == 12);
  CHECK(warning.message.starts_with("part of this block (a table row, or a line) is "));
  CHECK(
      warning.message.ends_with(" tall, more than the 300 pt a page's text area holds: what does "
                                "not fit is cut off at its foot"));
  const std::string text = all_text(laid);
  CHECK(text.find("short") < text.find("tall"));
  CHECK(text.find("tall") < text.find("last"));
  CHECK(text.ends_with("after"));
}

}  // namespace handout
