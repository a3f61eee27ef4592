#include <doctest/doctest.h>

#include "layout/figure_sizing.h"
#include "layout/layout_document.h"
#include "layout/line_setting.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

const TextArea kArea{20, 20, 400, 600};

FigureBlock figure(int pixel_width, int pixel_height, const std::string& caption = "") {
  FigureBlock block;
  block.image_path = "figure.png";
  block.image = image(pixel_width, pixel_height);
  block.width_fraction = 0.5;
  block.max_height_fraction = 0.5;
  block.caption = caption;
  block.caption_content = plain_inline_text(caption);
  block.caption_style = style(8, 10, TextAlign::center);
  block.caption_style.space_before = 4;
  block.caption_style.space_after = 12;
  block.alt = "a chart";
  block.where = {"data.yaml", 12, 5};
  return block;
}

DocTree document(std::vector<Block> blocks, double text_height = 600) {
  DocTree tree;
  tree.page = page(400, text_height);
  tree.blocks = std::move(blocks);
  return tree;
}

}  // namespace

TEST_CASE("layout: a figure takes its width fraction of the text width and keeps its ratio") {
  const FigureSize size = fit_figure(300, 150, 0.5, 0.5, kArea, 20);
  CHECK(size.width == doctest::Approx(200));
  CHECK(size.height == doctest::Approx(100));
  const FigureSize small = fit_figure(10, 5, 1.0, 0.5, kArea, 0);  // scaled up, too
  CHECK(small.width == doctest::Approx(400));
  CHECK(small.height == doctest::Approx(200));
}

TEST_CASE("layout: a tall figure shrinks proportionally to its maximum height fraction") {
  const FigureSize size = fit_figure(100, 400, 1.0, 0.5, kArea, 0);
  CHECK(size.height == doctest::Approx(300));
  CHECK(size.width == doctest::Approx(75));
}

TEST_CASE("layout: a figure shrinks to leave room for its caption on the page") {
  const FigureSize size = fit_figure(100, 400, 1.0, 1.0, kArea, 100);
  CHECK(size.height == doctest::Approx(500));
  CHECK(size.width == doctest::Approx(125));
}

TEST_CASE("layout: figure fractions outside (0, 1] read as the whole text area") {
  const FigureSize size = fit_figure(100, 100, 2.5, -1, kArea, 0);
  CHECK(size.width == doctest::Approx(400));
  CHECK(size.height == doctest::Approx(400));
  CHECK(fit_figure(0, 100, 1, 1, kArea, 0).width == 0);
}

TEST_CASE("layout: a figure is centred with its caption wrapped below it in the caption style") {
  Diagnostics diagnostics;
  const std::string caption = repeat_words("Caption words wrap", 12);
  const LaidOutDocument laid_out =
      layout_document(document({figure(400, 200, caption)}), diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(laid_out.pages.size() == 1);
  const auto images = images_on(laid_out.pages[0]);
  REQUIRE(images.size() == 1);
  const PlacedImage& placed = *images[0];
  CHECK(placed.x == doctest::Approx(20 + 100));
  CHECK(placed.y == doctest::Approx(20));
  CHECK(placed.width == doctest::Approx(200));
  CHECK(placed.height == doctest::Approx(100));
  CHECK(placed.alt == "a chart");
  const auto runs = runs_on(laid_out.pages[0]);
  REQUIRE(runs.size() >= 2);
  const TextStyle caption_style = figure(1, 1).caption_style;
  CHECK(runs[0]->baseline ==
        doctest::Approx(20 + 100 + 4 + baseline_below_line_top(caption_style)));
  CHECK(runs[1]->baseline == doctest::Approx(runs[0]->baseline + 10));
  for (const TextRun* run : runs) {
    CHECK(run->size == 8);
    CHECK(width_of(*run) <= 400);
    CHECK(run->x - 20 == doctest::Approx(400 - (run->x - 20 + width_of(*run))));  // centred
  }
}

TEST_CASE("layout: a figure that does not fit in the space left moves whole to the next page") {
  Diagnostics diagnostics;
  ParagraphBlock filler = plain_paragraph(repeat_words("filler", 200), style(), {});
  DocTree tree = document({filler, figure(400, 300, "The caption")}, 300);
  const LaidOutDocument laid_out = layout_document(tree, diagnostics);
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(images_on(laid_out.pages[0]).empty());
  REQUIRE(images_on(laid_out.pages[1]).size() == 1);
  CHECK(images_on(laid_out.pages[1])[0]->y == doctest::Approx(20));  // space before dropped
  REQUIRE(runs_on(laid_out.pages[1]).size() == 1);
  CHECK(runs_on(laid_out.pages[1])[0]->text == "The caption");
  CHECK(runs_on(laid_out.pages[1])[0]->baseline < 20 + 300);
}

TEST_CASE("layout: a figure taller than the page shrinks so that it and its caption fit") {
  Diagnostics diagnostics;
  FigureBlock tall = figure(100, 1000, "A caption under a very tall figure");
  tall.width_fraction = 1;
  tall.max_height_fraction = 1;
  const LaidOutDocument laid_out = layout_document(document({tall}, 200), diagnostics);
  REQUIRE(laid_out.pages.size() == 1);
  const PlacedImage& placed = *images_on(laid_out.pages[0])[0];
  CHECK(placed.height == doctest::Approx(200 - 4 - 10));
  CHECK(placed.width == doctest::Approx(placed.height / 10));
  const TextRun& caption = *runs_on(laid_out.pages[0])[0];
  CHECK(caption.baseline < 20 + 200);
}

TEST_CASE("layout: a figure without its image loaded is an internal error, not a crash") {
  Diagnostics diagnostics;
  FigureBlock broken = figure(10, 10, "Caption");
  broken.image = nullptr;
  const LaidOutDocument laid_out = layout_document(document({broken}), diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::internal);
  CHECK(diagnostics.all()[0].message ==
        "layout got the figure 'figure.png' without its image loaded");
  CHECK(laid_out.pages.size() == 1);
}

}  // namespace handout
