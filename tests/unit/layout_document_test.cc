#include "layout/layout_document.h"

#include <doctest/doctest.h>

#include <map>

#include "core/utf8.h"
#include "layout/line_setting.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

const char* const kDescription =
    "Rust's performance and low-level control are beneficial for developing audio processing "
    "applications, and its safety features help in building reliable and secure services.";

TextStyle named_style(const std::string& name, const std::string& font, double size, double leading,
                      double space_before, double space_after) {
  TextStyle text_style = style(size, leading);
  text_style.name = name;
  text_style.face = noto(font);
  text_style.space_before = space_before;
  text_style.space_after = space_after;
  return text_style;
}

// A document shaped like the bundled example: title, intro, a figure, then 24 items.
DocTree example_document() {
  DocTree tree;
  tree.info.title = "Rust is used for...";
  tree.info.author = "Someone";
  tree.info.language = "en-US";
  tree.page = PageDef{};  // A4 with 20 mm margins
  const TextStyle title = named_style("title", "NotoSans-Bold.ttf", 26, 31, 0, 4);
  const TextStyle body = named_style("body", "NotoSans-Regular.ttf", 10, 14, 0, 3);
  const TextStyle heading = named_style("heading", "NotoSans-Bold.ttf", 11, 14, 9, 1.5);
  TextStyle justified = body;
  justified.align = TextAlign::justify;
  justified.first_line_indent = 12;
  tree.blocks.push_back(plain_heading("Rust is used for...", title, 1, {"data.yaml", 1, 8}));
  tree.blocks.push_back(plain_paragraph(repeat_words(kDescription, 3), justified, {}));
  FigureBlock figure;
  figure.image_path = figure_image(1600, 900);
  figure.width = Measure::share(1);
  figure.max_height = Measure::share(0.42);
  figure.caption = "Src: Unknown";
  figure.caption_content = plain_inline_text(figure.caption);
  figure.caption_style = named_style("caption", "NotoSans-Italic.ttf", 8.5, 11, 4, 14);
  figure.caption_style.edit().align = TextAlign::center;
  tree.blocks.push_back(figure);
  for (int item = 1; item <= 24; ++item) {
    tree.blocks.push_back(
        plain_heading("Item " + std::to_string(item), heading, 2, {"data.yaml", 10 + item, 5}));
    tree.blocks.push_back(plain_paragraph(kDescription, body, {"data.yaml", 10 + item, 20}));
  }
  RunningText footer;
  footer.left = "Rust is used for...";
  footer.right = "Page {{page}} of {{pages}}";
  footer.style = named_style("footer", "NotoSans-Regular.ttf", 8, 10, 0, 0);
  tree.footer = footer;
  return tree;
}

}  // namespace

TEST_CASE("layout: a realistic document stays inside the text area, its runs within its width") {
  const DocTree tree = example_document();
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  CHECK(diagnostics.all().empty());
  CHECK(laid_out.info.title == "Rust is used for...");
  CHECK(laid_out.info.language == "en-US");
  REQUIRE(laid_out.pages.size() >= 2);
  const PageDef& page_def = tree.page;
  const double right = page_def.width - page_def.margin_right;
  const double bottom = page_def.height - page_def.margin_bottom;
  const std::map<double, double> leading_of_size = {{26, 31}, {10, 14}, {11, 14}, {8.5, 11}};
  size_t runs = 0;
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    for (const TextRun* run : runs_on(laid_out_page)) {
      ++runs;
      CHECK(run->x >= page_def.margin_left - 1e-9);
      CHECK(run->x + width_of(*run) <= right + 1e-6);
      CHECK(width_of(*run) <= right - page_def.margin_left + 1e-6);
      if (run->size == 8) continue;  // the footer, in the bottom margin
      // Line boxes, not glyphs: a 26 pt face's ascender may reach above a 31 pt line box.
      const TextStyle line_style =
          named_style("", "NotoSans-Regular.ttf", run->size, leading_of_size.at(run->size), 0, 0);
      const double line_top = run->baseline - baseline_below_line_top(line_style);
      CHECK(line_top >= page_def.margin_top - 1e-9);
      CHECK(line_top + line_style.leading <= bottom + 1e-9);
    }
    for (const PlacedImage* placed : images_on(laid_out_page)) {
      CHECK(placed->x >= page_def.margin_left);
      CHECK(placed->x + placed->width <= right + 1e-9);
      CHECK(placed->y >= page_def.margin_top);
      CHECK(placed->y + placed->height <= bottom);
    }
  }
  CHECK(runs > 24 * 3);
}

TEST_CASE("layout: every heading has an outline entry with its page and the top of its line") {
  const DocTree tree = example_document();
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  REQUIRE(laid_out.outline.size() == 25);
  CHECK(laid_out.outline[0].title == "Rust is used for...");
  CHECK(laid_out.outline[0].level == 1);
  CHECK(laid_out.outline[0].page_index == 0);
  CHECK(laid_out.outline[0].y == doctest::Approx(tree.page.margin_top));
  const TextStyle& heading = std::get<HeadingBlock>(tree.blocks[3]).style;
  bool on_later_page = false;
  for (size_t i = 1; i < laid_out.outline.size(); ++i) {
    const OutlineEntry& entry = laid_out.outline[i];
    CHECK(entry.title == "Item " + std::to_string(i));
    CHECK(entry.level == 2);
    REQUIRE(entry.page_index < laid_out.pages.size());
    on_later_page |= entry.page_index > 0;
    // The heading's first run is on that page with its baseline below the entry's y.
    bool found = false;
    for (const TextRun* run : runs_on(laid_out.pages[entry.page_index])) {
      if (run->text == entry.title) {
        found = true;
        CHECK(run->baseline == doctest::Approx(entry.y + baseline_below_line_top(heading)));
      }
    }
    CHECK(found);
  }
  CHECK(on_later_page);
}

TEST_CASE("layout: a missing glyph is reported once per character and face, at the block") {
  DocTree tree;
  tree.page = page(400, 400);
  const TextStyle regular = style();
  TextStyle bold = style();
  bold.face = noto("NotoSans-Bold.ttf");
  tree.blocks.push_back(plain_paragraph("中文 and 中文 again 中", regular, {"data.yaml", 4, 9}));
  tree.blocks.push_back(plain_paragraph("more 中", regular, {"data.yaml", 5, 9}));
  tree.blocks.push_back(plain_heading("中", bold, 1, {"data.yaml", 6, 9}));
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  REQUIRE(diagnostics.all().size() == 3);
  const Diagnostic& first = diagnostics.all()[0];
  CHECK(first.severity == Severity::warning);
  CHECK(first.message == "the font 'NotoSans-Regular' has no glyph for U+4E2D '中'");
  CHECK(first.where.file == "data.yaml");
  CHECK(first.where.line == 4);
  CHECK(first.where.column == 9);
  CHECK(diagnostics.all()[1].message == "the font 'NotoSans-Regular' has no glyph for U+6587 '文'");
  CHECK(diagnostics.all()[2].message == "the font 'NotoSans-Bold' has no glyph for U+4E2D '中'");
  CHECK(diagnostics.all()[2].where.line == 6);
  CHECK(!diagnostics.has_errors());
  CHECK(runs_on(laid_out.pages[0]).size() == 3);  // the text is still set, with .notdef boxes
}

TEST_CASE("layout: a face that lacks many characters has 20 named and then one warning more") {
  // One warning for each of a million characters was half a gigabyte of messages (and memory).
  DocTree tree;
  tree.page = page(400, 400);
  TextStyle bold = style();
  bold.face = noto("NotoSans-Bold.ttf");
  std::string ideographs;
  for (char32_t c = 0x4E00; c < 0x4E00 + 300; ++c) ideographs += encode_utf8(c);
  tree.blocks.push_back(plain_heading(ideographs, bold, 1, {"data.yaml", 2, 9}));
  tree.blocks.push_back(plain_paragraph("\u4E00 " + ideographs, style(), {"data.yaml", 3, 9}));
  Diagnostics diagnostics;
  layout_document(tree, diagnostics, test_options());
  REQUIRE(diagnostics.all().size() == 42);
  for (size_t i = 0; i < 42; ++i) CHECK(diagnostics.all()[i].severity == Severity::warning);
  CHECK(diagnostics.all()[0].message == "the font 'NotoSans-Bold' has no glyph for U+4E00 '一'");
  CHECK(diagnostics.all()[19].message == "the font 'NotoSans-Bold' has no glyph for U+4E13 '专'");
  const Diagnostic& more = diagnostics.all()[20];
  CHECK(more.message ==
        "the font 'NotoSans-Bold' has no glyph for U+4E14 '且' nor for other characters "
        "after it: only the first 20 characters a font lacks are named");
  CHECK(more.where.line == 2);
  REQUIRE(more.hints.size() == 1);
  CHECK(more.hints[0] == "add a font that has them to the template's fallback-fonts");
  CHECK(diagnostics.all()[21].message ==
        "the font 'NotoSans-Regular' has no glyph for U+4E00 '一'");
  CHECK(diagnostics.all()[41].message.find("the font 'NotoSans-Regular' has no glyph for "
                                           "U+4E14 '且' nor for other characters") == 0);
}

TEST_CASE("layout: a missing character outside the BMP is named by its code point") {
  DocTree tree;
  tree.page = page(400, 400);
  tree.blocks.push_back(plain_paragraph("smile \U0001F600", style(), {"data.yaml", 2, 1}));
  Diagnostics diagnostics;
  layout_document(tree, diagnostics, test_options());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "the font 'NotoSans-Regular' has no glyph for U+1F600 '\U0001F600'");
}

TEST_CASE("layout: tabs and stray spaces in paragraph text set as single spaces") {
  DocTree tree;
  tree.page = page(400, 400);
  // A '\n' in a block's content is a hard line break (model/inline_text.h), so none here.
  tree.blocks.push_back(plain_paragraph("  one\ttwo \t three   four  ", style(), {}));
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  const auto runs = runs_on(laid_out.pages[0]);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]->text == "one two three four");
  CHECK(runs[0]->x == 20);
}

TEST_CASE("layout: a style without its font loaded is an internal error, not a crash") {
  DocTree tree;
  tree.page = page(400, 400);
  TextStyle unloaded = style();
  unloaded.name = "body";
  unloaded.face = nullptr;
  tree.blocks.push_back(plain_paragraph("text", unloaded, {"data.yaml", 3, 3}));
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::internal);
  CHECK(diagnostics.all()[0].message == "layout got the style 'body' without its font loaded");
  CHECK(laid_out.pages.size() == 1);
}

TEST_CASE("layout: margins wider than the page still give pages and terminate") {
  DocTree tree = example_document();
  tree.page.margin_left = tree.page.margin_right = 400;
  tree.page.margin_top = tree.page.margin_bottom = 500;
  Diagnostics diagnostics;
  // A line or two a page: more pages than the default limit allows.
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options({0, 10'000}));
  CHECK(laid_out.pages.size() > 24);
  CHECK(!diagnostics.has_errors());
}

}  // namespace handout
