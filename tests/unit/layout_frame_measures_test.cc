#include <doctest/doctest.h>

#include "layout/figure_sizing.h"
#include "layout/frame_measure_check.h"
#include "layout/table_columns.h"
#include "layout_test_support.h"
#include "load_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

Measure length(double points, std::string written, int column) {
  Measure measure;
  measure.points = points;
  measure.written = std::move(written);
  measure.where = {"t.yaml", 3, column};
  return measure;
}

Measure percent(double fraction, std::string written, int column) {
  Measure measure = length(0, std::move(written), column);
  measure.fraction = fraction;
  return measure;
}

FigureBox box_of(Measure width, Measure max_height) {
  return FigureBox{std::move(width), std::move(max_height), 0, FigureFit::contain};
}

DocTree with_blocks(std::vector<Block> blocks, double text_width = 400, double text_height = 600) {
  DocTree tree;
  tree.page = page(text_width, text_height);
  tree.blocks = std::move(blocks);
  return tree;
}

}  // namespace

TEST_CASE("measure: a share follows the frame, a length does not") {
  CHECK(Measure::share(0.5).fraction_of(400) == doctest::Approx(0.5));
  CHECK(length(100, "100pt", 1).fraction_of(400) == doctest::Approx(0.25));
  CHECK(length(100, "100pt", 1).fraction_of(200) == doctest::Approx(0.5));
  CHECK(length(100, "100pt", 1).fraction_of(0) == 0);  // no frame: the block's default
  Measure scaled = length(100, "100pt", 1);
  scaled.scale = 0.5;  // copyfitting
  CHECK(scaled.fraction_of(400) == doctest::Approx(0.125));
  CHECK_FALSE(Measure{}.is_set());
}

TEST_CASE("layout: a figure's length width is the same in any frame") {
  for (double frame_width : {200.0, 400.0, 500.0}) {
    const TextArea area{20, 20, frame_width, 600};
    const FigureSize size =
        fit_figure(400, 100, box_of(length(160, "160pt", 1), Measure::share(0.5)), area, 0);
    CHECK(size.width == doctest::Approx(160));
    CHECK(size.height == doctest::Approx(40));
  }
  // A share grows with the frame.
  const FigureSize wide =
      fit_figure(400, 100, box_of(Measure::share(0.5), Measure::share(0.5)), {0, 0, 500, 600}, 0);
  CHECK(wide.width == doctest::Approx(250));
}

TEST_CASE("layout: a figure's length max-height is the same in any frame") {
  for (double frame_height : {300.0, 600.0}) {
    const TextArea area{20, 20, 400, frame_height};
    const FigureSize size =
        fit_figure(100, 400, box_of(Measure::share(1), length(120, "120pt", 1)), area, 0);
    CHECK(size.height == doctest::Approx(120));
    CHECK(size.width == doctest::Approx(30));
  }
}

TEST_CASE("layout: table columns' lengths resolved against the frame, the rest shared") {
  const std::vector<TableColumn> columns = {{length(100, "100pt", 1), TextAlign::left},
                                            {Measure{}, TextAlign::left}};
  std::vector<double> narrow = column_widths(columns, 300);
  CHECK(narrow[0] == doctest::Approx(100));
  CHECK(narrow[1] == doctest::Approx(200));
  std::vector<double> wide = column_widths(columns, 500);
  CHECK(wide[0] == doctest::Approx(100));
  CHECK(wide[1] == doctest::Approx(400));
  CHECK(normalised_widths({0.2, 0.2}) == std::vector<double>{0.5, 0.5});
  CHECK(normalised_widths({0.6, 0.4, 0})[2] == doctest::Approx(1.0 / 4));
}

TEST_CASE("layout: figure and column sizes over the real frame are errors at their values") {
  FigureBlock figure;
  figure.width = percent(1.2, "120%", 28);
  figure.max_height = length(700, "700pt", 40);
  TableBlock table;
  table.columns_where = {"t.yaml", 5, 14};
  table.columns = {{length(300, "300pt", 20), TextAlign::left},
                   {length(200, "200pt", 30), TextAlign::left}};
  GroupBlock group;
  group.blocks = {Block(figure), Block(figure)};  // one template block bound twice
  Diagnostics diagnostics;
  CHECK_FALSE(check_frame_measures(with_blocks({Block(group), Block(table)}), diagnostics));
  CHECK(load_test::rendered(diagnostics) ==
        "3:28: width must be at most 100% of the frame (400pt), but this is 120%\n"
        "3:40: max-height must be at most 100% of the frame (600pt), but this is 700pt\n"
        "5:14: the columns' widths add up to more than 100% (125%)\n");

  // The same lengths fit a larger frame.
  Diagnostics larger;
  CHECK(check_frame_measures(with_blocks({Block(table)}, 600), larger));
  CHECK_FALSE(larger.has_errors());
}

}  // namespace handout
