#include <doctest/doctest.h>

#include <algorithm>

#include "layout/bleed_figure.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

RunningText footer(const std::string& inner, const std::string& outer) {
  RunningText text;
  text.left = inner;
  text.right = outer;
  text.inner_outer = true;
  text.style = style(8, 10);
  return text;
}

// Three one-line sections, each after a page break to a right-hand page.
DocTree sections_document(bool two_sided) {
  DocTree tree;
  tree.page = page(200, 100, 30);
  tree.page.two_sided = two_sided;
  for (const char* section : {"One", "Two", "Three"}) {
    if (!tree.blocks.empty()) tree.blocks.push_back(BreakBlock{BreakBlock::Kind::right_page, {}});
    tree.blocks.push_back(plain_paragraph(section, style(), {}));
  }
  tree.footer = footer("Title", "Page {{page}}");
  return tree;
}

TEST_CASE("layout print: a right-page break leaves an even page blank when two-sided") {
  const LaidOutDocument two_sided = laid_out(sections_document(true));
  REQUIRE(two_sided.pages.size() == 5);
  CHECK(runs_on(two_sided.pages[0]).front()->text == "One");
  CHECK(two_sided.pages[1].items.empty());  // blank: no footer either
  CHECK(runs_on(two_sided.pages[2]).front()->text == "Two");
  CHECK(two_sided.pages[3].items.empty());
  CHECK(runs_on(two_sided.pages[4]).front()->text == "Three");

  const LaidOutDocument one_sided = laid_out(sections_document(false));
  CHECK(one_sided.pages.size() == 3);  // a plain page break
}

TEST_CASE("layout print: a right-page break on an empty odd page stays there") {
  DocTree tree = sections_document(true);
  tree.blocks.insert(tree.blocks.begin(), BreakBlock{BreakBlock::Kind::right_page, {}});
  CHECK(laid_out(tree).pages.size() == 5);
}

TEST_CASE("layout print: the outer footer slot is on the outer edge of each page") {
  DocTree tree = sections_document(true);
  tree.blocks = {plain_paragraph("One", style(), {}), BreakBlock{BreakBlock::Kind::page, {}},
                 plain_paragraph("Two", style(), {})};
  const LaidOutDocument document = laid_out(tree);
  REQUIRE(document.pages.size() == 2);
  for (size_t index : {0, 1}) {
    CAPTURE(index);
    const std::vector<const TextRun*> runs = runs_on(document.pages[index]);
    const auto outer = std::find_if(runs.begin(), runs.end(), [](const TextRun* run) {
      return run->text.rfind("Page", 0) == 0;
    });
    REQUIRE(outer != runs.end());
    const bool on_the_right = (*outer)->x > 130;
    CHECK(on_the_right == (index == 0));  // right on page 1, left on page 2
  }
}

TEST_CASE("layout print: the page colour fills every page out to the bleed, behind the text") {
  DocTree tree = sections_document(true);
  tree.page.background = Color{0.9, 0.8, 0.7};
  tree.page.bleed = 9;
  const LaidOutDocument document = laid_out(tree);
  for (const LaidOutPage& laid : document.pages) {
    CHECK(laid.bleed == 9);
    REQUIRE_FALSE(laid.items.empty());
    const auto* fill = std::get_if<DrawnBox>(&laid.items.front());
    REQUIRE(fill != nullptr);
    CHECK(fill->x == -9);
    CHECK(fill->y == -9);
    CHECK(fill->width == doctest::Approx(laid.width + 18));
    CHECK(fill->height == doctest::Approx(laid.height + 18));
  }
}

FigureBlock bleed_figure() {
  FigureBlock figure;
  figure.image_path = figure_image(2000, 500);  // enough pixels for 150 dpi across the bleed box
  figure.fixed_height = 40;
  figure.bleed = true;
  figure.caption_style = style();
  return figure;
}

TEST_CASE("layout print: a bleed figure at the top fills out past the trim on three sides") {
  DocTree tree;
  tree.page = page(200, 200, 30);  // a 260 x 260 trim
  tree.page.bleed = 9;
  tree.blocks.push_back(bleed_figure());
  tree.blocks.push_back(plain_paragraph("Below", style(), {}));
  const LaidOutDocument document = laid_out(tree);
  const std::vector<const ClipBegin*> clips = items_on<ClipBegin>(document.pages[0]);
  REQUIRE(clips.size() == 1);
  CHECK(clips[0]->x == -9);
  CHECK(clips[0]->y == -9);
  CHECK(clips[0]->width == doctest::Approx(278));
  CHECK(clips[0]->height == doctest::Approx(30 + 40 + 9));  // to where flow put its bottom
  const std::vector<const PlacedImage*> images = images_on(document.pages[0]);
  REQUIRE(images.size() == 1);
  CHECK(images[0]->width >= 278 - 1e-6);  // it covers the box
  CHECK(images[0]->height >= 79 - 1e-6);
  CHECK(items_on<ClipEnd>(document.pages[0]).size() == 1);
  CHECK(runs_on(document.pages[0]).front()->baseline > 70);  // the text below did not move up
}

TEST_CASE("layout print: in the first of two columns, lower down, only the left side bleeds") {
  DocTree tree;
  tree.page = page(200, 200, 30);
  tree.page.columns = 2;
  tree.page.column_gap = 20;
  tree.page.balance_columns = false;
  tree.page.bleed = 9;
  tree.blocks.push_back(plain_paragraph("Above", style(), {}));
  tree.blocks.push_back(bleed_figure());
  const LaidOutDocument document = laid_out(tree);
  const std::vector<const ClipBegin*> clips = items_on<ClipBegin>(document.pages[0]);
  REQUIRE(clips.size() == 1);
  CHECK(clips[0]->x == -9);
  CHECK(clips[0]->width == doctest::Approx(9 + 30 + 90));  // to the column's right edge
  CHECK(clips[0]->y > 30);                                 // below the paragraph
  CHECK(clips[0]->height == doctest::Approx(22.5));        // 90 wide: contain gives 22.5 of 40
}

TEST_CASE("layout print: a bleed image is scaled to cover its box, centred, and clipped to it") {
  PlacedImage placed;
  placed.x = 30;
  placed.y = 30;
  placed.width = 100;
  placed.height = 50;
  const TextArea box = bleed_figure_box(placed, {-9, -9, 178, 200}, true);
  CHECK(box.top == -9);
  CHECK(box.height == doctest::Approx(89));
  const std::vector<PageItem> items = bleed_figure_items(placed, box);
  REQUIRE(items.size() == 3);
  const auto& image = std::get<PlacedImage>(items[1]);
  CHECK(image.width == doctest::Approx(178));  // 178/100 is the larger scale (89/50 = 1.78)
  CHECK(image.height == doctest::Approx(89));
  CHECK(bleed_figure_box(placed, {-9, -9, 178, 200}, false).top == 30);
}

}  // namespace
}  // namespace handout
