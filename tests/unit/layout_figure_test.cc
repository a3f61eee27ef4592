#include <doctest/doctest.h>

#include "layout/figure_sizing.h"
#include "layout/layout_document.h"
#include "layout/line_setting.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

const TextArea kArea{20, 20, 400, 600};

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

TEST_CASE("layout: fit contain scales the figure into width x height, keeping its ratio") {
  // A 2:1 image in a 200 x 50 box: the height limits it.
  FigureSize wide = fit_figure(
      300, 150, FigureBox{Measure::share(0.5), Measure::share(0.5), 50, FigureFit::contain}, kArea,
      0);
  CHECK(wide.width == doctest::Approx(100));
  CHECK(wide.height == doctest::Approx(50));
  // A 2:1 image in a 200 x 150 box: the width limits it, and it is not stretched to the height.
  FigureSize roomy = fit_figure(
      300, 150, FigureBox{Measure::share(0.5), Measure::share(0.5), 150, FigureFit::contain}, kArea,
      0);
  CHECK(roomy.width == doctest::Approx(200));
  CHECK(roomy.height == doctest::Approx(100));
  // Without a height, the box is max-height high (0.5 x 600).
  FigureSize tall = fit_figure(
      100, 400, FigureBox{Measure::share(1.0), Measure::share(0.5), 0, FigureFit::contain}, kArea,
      0);
  CHECK(tall.width == doctest::Approx(75));
  CHECK(tall.height == doctest::Approx(300));
}

TEST_CASE("layout: fit width fills the width and the height follows") {
  // A height or max-height does not limit it ...
  FigureSize size = fit_figure(
      300, 150, FigureBox{Measure::share(0.5), Measure::share(0.1), 20, FigureFit::width}, kArea,
      0);
  CHECK(size.width == doctest::Approx(200));
  CHECK(size.height == doctest::Approx(100));
  // ... only the frame's height, less the caption.
  FigureSize tall =
      fit_figure(100, 400, FigureBox{Measure::share(1.0), Measure::share(0.5), 0, FigureFit::width},
                 kArea, 100);
  CHECK(tall.height == doctest::Approx(500));
  CHECK(tall.width == doctest::Approx(125));
}

TEST_CASE("layout: fit height fills the height and the width follows, at most the frame's") {
  FigureSize size = fit_figure(
      300, 150, FigureBox{Measure::share(1.0), Measure::share(0.5), 120, FigureFit::height}, kArea,
      0);
  CHECK(size.height == doctest::Approx(120));
  CHECK(size.width == doctest::Approx(240));
  // Enlarged past the image's pixels to fill the height.
  FigureSize small = fit_figure(
      10, 20, FigureBox{Measure::share(1.0), Measure::share(0.5), 300, FigureFit::height}, kArea,
      0);
  CHECK(small.height == doctest::Approx(300));
  CHECK(small.width == doctest::Approx(150));
  // Too wide at that height: capped at the frame's width (400), the height following.
  FigureSize wide = fit_figure(
      400, 100, FigureBox{Measure::share(1.0), Measure::share(0.5), 200, FigureFit::height}, kArea,
      0);
  CHECK(wide.width == doctest::Approx(400));
  CHECK(wide.height == doctest::Approx(100));
  // Taller than the frame leaves under the caption: the room left.
  FigureSize capped = fit_figure(
      100, 100, FigureBox{Measure::share(1.0), Measure::share(0.5), 900, FigureFit::height}, kArea,
      300);
  CHECK(capped.height == doctest::Approx(300));
  CHECK(capped.width == doctest::Approx(300));
}

TEST_CASE("layout: a figure's fixed height is laid out in the frame it lands in") {
  Diagnostics diagnostics;
  FigureBlock pictured = figure_block(100, 50);
  pictured.width = Measure::share(1.0);
  pictured.fixed_height = 80;
  pictured.fit = FigureFit::height;
  const LaidOutDocument laid = layout_document(document({pictured}), diagnostics, test_options());
  REQUIRE(laid.pages.size() == 1);
  const auto images = images_on(laid.pages[0]);
  REQUIRE(images.size() == 1);
  CHECK(images[0]->height == doctest::Approx(80));
  CHECK(images[0]->width == doctest::Approx(160));
}

TEST_CASE("layout: a figure is centred with its caption wrapped below it in the caption style") {
  Diagnostics diagnostics;
  const std::string caption = repeat_words("Caption words wrap", 12);
  const LaidOutDocument laid_out =
      layout_document(document({figure_block(800, 400, caption)}), diagnostics, test_options());
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
  const TextStyle caption_style = figure_block(1, 1).caption_style;
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
  DocTree tree = document({filler, figure_block(400, 300, "The caption")}, 300);
  const LaidOutDocument laid_out = layout_document(tree, diagnostics, test_options());
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(images_on(laid_out.pages[0]).empty());
  REQUIRE(images_on(laid_out.pages[1]).size() == 1);
  CHECK(images_on(laid_out.pages[1])[0]->y == doctest::Approx(20));  // space before dropped
  REQUIRE(runs_on(laid_out.pages[1]).size() == 1);
  CHECK(runs_on(laid_out.pages[1])[0]->text == "The caption");
  CHECK(runs_on(laid_out.pages[1])[0]->baseline < 20 + 300);
}

// Page 0 holds 25 lines of 12 pt (300 pt); the filler takes 20 lines and leaves 60 pt, too
// little for a 150 pt figure.
std::vector<Block> filler_figure_text(FigurePlacement placement) {
  ParagraphBlock filler = plain_paragraph(repeat_words("filler", 10), style(), {});
  std::vector<Block> blocks;
  for (int i = 0; i < 20; ++i) blocks.push_back(filler);
  FigureBlock floating = figure_block(800, 600, "The caption");  // 288 dpi: no resolution warning
  floating.placement = placement;
  blocks.push_back(floating);
  blocks.push_back(plain_paragraph(repeat_words("after", 150), style(), {}));
  return blocks;
}

std::vector<const TextRun*> runs_starting(const LaidOutPage& laid_out_page,
                                          const std::string& word) {
  std::vector<const TextRun*> found;
  for (const TextRun* run : runs_on(laid_out_page)) {
    if (run->text.rfind(word, 0) == 0) found.push_back(run);
  }
  return found;
}

TEST_CASE("layout: a floating figure waits for the next page while the text after it fills") {
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(
      document(filler_figure_text(FigurePlacement::float_), 300), diagnostics, test_options());
  CHECK(diagnostics.all().empty());
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(images_on(laid_out.pages[0]).empty());
  const auto text_before = runs_starting(laid_out.pages[0], "after");
  CHECK(text_before.size() == 5);  // the 60 pt left hold five lines
  REQUIRE(images_on(laid_out.pages[1]).size() == 1);
  const PlacedImage& placed = *images_on(laid_out.pages[1])[0];
  CHECK(placed.y == doctest::Approx(20));
  const auto caption = runs_starting(laid_out.pages[1], "The caption");
  REQUIRE(caption.size() == 1);
  CHECK(caption[0]->baseline > placed.y + placed.height);
  const auto text_after = runs_starting(laid_out.pages[1], "after");
  REQUIRE(!text_after.empty());
  // The text continues below the caption, after the caption's space after.
  CHECK(text_after[0]->baseline - baseline_below_line_top(style()) >=
        caption[0]->baseline + 12 - 1e-6);
}

TEST_CASE("layout: a pinned figure keeps its place in the flow and leaves the space empty") {
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(
      document(filler_figure_text(FigurePlacement::pinned), 300), diagnostics, test_options());
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(images_on(laid_out.pages[0]).empty());
  CHECK(runs_starting(laid_out.pages[0], "after").empty());
  REQUIRE(images_on(laid_out.pages[1]).size() == 1);
  CHECK(images_on(laid_out.pages[1])[0]->y == doctest::Approx(20));
}

TEST_CASE("layout: waiting figures keep their order, and the outline follows the text") {
  Diagnostics diagnostics;
  std::vector<Block> blocks = filler_figure_text(FigurePlacement::float_);
  FigureBlock second = figure_block(400, 200, "Second");  // small enough to fit, yet queues behind
  second.width = Measure::share(0.25);
  blocks.insert(blocks.begin() + 21, second);
  blocks.insert(blocks.begin() + 22, plain_heading("Next part", style(), 1, {}));
  const LaidOutDocument laid_out =
      layout_document(document(blocks, 300), diagnostics, test_options());
  REQUIRE(laid_out.pages.size() == 3);  // the figures push the rest of the text on
  CHECK(images_on(laid_out.pages[0]).empty());
  CHECK(images_on(laid_out.pages[2]).empty());
  const auto images = images_on(laid_out.pages[1]);
  REQUIRE(images.size() == 2);
  CHECK(images[0]->width == doctest::Approx(200));
  CHECK(images[1]->width == doctest::Approx(100));
  CHECK(images[0]->y < images[1]->y);
  REQUIRE(laid_out.outline.size() == 1);
  CHECK(laid_out.outline[0].title == "Next part");
  CHECK(laid_out.outline[0].page_index == 0);  // the heading stayed on the first page
  CHECK(runs_starting(laid_out.pages[0], "Next part").size() == 1);
}

TEST_CASE("layout: a heading keeps with the text after a floating figure, not with the figure") {
  Diagnostics diagnostics;
  std::vector<Block> blocks = filler_figure_text(FigurePlacement::float_);
  blocks.insert(blocks.begin() + 20, plain_heading("Next part", style(), 1, {}));
  const LaidOutDocument laid_out =
      layout_document(document(blocks, 300), diagnostics, test_options());
  REQUIRE(laid_out.pages.size() >= 2);
  CHECK(runs_starting(laid_out.pages[0], "Next part").size() == 1);
  CHECK(runs_starting(laid_out.pages[0], "after").size() == 4);  // under the heading
  CHECK(images_on(laid_out.pages[0]).empty());
  CHECK(images_on(laid_out.pages[1]).size() == 1);
  REQUIRE(laid_out.outline.size() == 1);
  CHECK(laid_out.outline[0].page_index == 0);
}

TEST_CASE("layout: a waiting figure taller than a page runs on before the next waiting one") {
  Diagnostics diagnostics;
  std::vector<Block> blocks = filler_figure_text(FigurePlacement::float_);
  std::get<FigureBlock>(blocks[20]).caption_content =
      plain_inline_text(repeat_words("caption", 500));  // some 40 lines of 10 pt
  FigureBlock second = figure_block(800, 400, "Second");
  second.width = Measure::share(0.25);
  blocks.insert(blocks.begin() + 21, second);
  const LaidOutDocument laid_out =
      layout_document(document(blocks, 300), diagnostics, test_options());
  CHECK(diagnostics.all().empty());
  size_t last_caption_page = 0;
  double last_caption_baseline = 0;
  for (size_t index = 0; index < laid_out.pages.size(); ++index) {
    for (const TextRun* run : runs_starting(laid_out.pages[index], "caption")) {
      last_caption_page = index;
      last_caption_baseline = run->baseline;
    }
  }
  CHECK(last_caption_page == 2);  // pages 1 and 2 hold the tall figure, page 0 the text
  size_t second_page = 0;
  const PlacedImage* second_image = nullptr;
  for (size_t index = 0; index < laid_out.pages.size(); ++index) {
    for (const PlacedImage* placed : images_on(laid_out.pages[index])) {
      if (placed->width == doctest::Approx(100)) second_page = index, second_image = placed;
    }
  }
  REQUIRE(second_image != nullptr);
  // After the whole of the first figure: below its last line, or on a later page.
  CHECK(second_page >= last_caption_page);
  if (second_page == last_caption_page) CHECK(second_image->y > last_caption_baseline);
}

TEST_CASE("layout: floating figures still waiting at the end get pages of their own") {
  Diagnostics diagnostics;
  std::vector<Block> blocks = filler_figure_text(FigurePlacement::float_);
  blocks.pop_back();
  const LaidOutDocument laid_out =
      layout_document(document(blocks, 300), diagnostics, test_options());
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(images_on(laid_out.pages[1]).size() == 1);
}

TEST_CASE("layout: a figure taller than the page shrinks so that it and its caption fit") {
  Diagnostics diagnostics;
  FigureBlock tall = figure_block(100, 1000, "A caption under a very tall figure");
  tall.width = Measure::share(1);
  tall.max_height = Measure::share(1);
  const LaidOutDocument laid_out =
      layout_document(document({tall}, 200), diagnostics, test_options());
  REQUIRE(laid_out.pages.size() == 1);
  const PlacedImage& placed = *images_on(laid_out.pages[0])[0];
  CHECK(placed.height == doctest::Approx(200 - 4 - 10));
  CHECK(placed.width == doctest::Approx(placed.height / 10));
  const TextRun& caption = *runs_on(laid_out.pages[0])[0];
  CHECK(caption.baseline < 20 + 200);
}

TEST_CASE("layout: a figure printed below 150 dpi is warned about once, with its dpi") {
  Diagnostics diagnostics;
  FigureBlock blurred = figure_block(200, 100, "Blurred");  // 200 pixels over 200 pt: 72 dpi
  FigureBlock sharp = figure_block(600, 300, "Sharp");      // 216 dpi
  layout_document(document({blurred, sharp, blurred}), diagnostics, test_options());
  REQUIRE(diagnostics.all().size() == 1);  // the same figure twice: once
  const Diagnostic& warning = diagnostics.all()[0];
  CHECK(warning.severity == Severity::warning);
  CHECK(warning.where.file == "data.yaml");
  CHECK(warning.where.line == 12);
  CHECK(warning.message ==
        "figure 'figure-200x100.png' is printed at 72 dpi: its 200 pixels are stretched over 71mm, "
        "so "
        "it looks blurred on paper");
  CHECK(warning.hints.front().starts_with("use an image at least 417 pixels wide"));
  CHECK(printed_dpi(300, 72) == doctest::Approx(300));
}

}  // namespace handout
