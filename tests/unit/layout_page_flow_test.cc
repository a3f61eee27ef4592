#include <doctest/doctest.h>

#include <cmath>

#include "layout/layout_document.h"
#include "layout/line_setting.h"
#include "layout/page_flow.h"
#include "layout_dump_support.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

// A column one word wide and ten lines of 12 pt tall: a paragraph of n words is n lines. Each
// block's words name it ("Lorem2" is a line of block 2), so that its lines can be told apart on
// the pages and in the layout dumps.
constexpr double kLeading = 12;
constexpr int kLinesPerPage = 10;
constexpr double kMargin = 20;

std::string word(int tag) { return "Lorem" + std::to_string(tag); }

// As wide as one and a half "Lorem": one "Lorem2" fits, two do not.
double column_width() { return shaped_width("Lorem") * 1.5; }

TextStyle body_style() { return style(10, kLeading); }

// The block a line belongs to, from its word ("Lorem2", "Head3"); 0 for other text.
int tag_of(const TextRun& run) {
  const size_t digits = run.text.find_first_of("0123456789");
  return digits == std::string::npos ? 0 : std::stoi(run.text.substr(digits));
}

ParagraphBlock lines(int count, int tag) {
  return plain_paragraph(repeat_words(word(tag), count), body_style(), {"data.yaml", tag, 1});
}

HeadingBlock heading(int tag, int level = 1) {
  return plain_heading("Head" + std::to_string(tag), body_style(), level, {"data.yaml", tag, 1});
}

LaidOutDocument flow_reporting(std::vector<Block> blocks, double text_height,
                               Diagnostics& diagnostics, PaginationRules rules = {}) {
  DocTree tree;
  tree.page = page(column_width(), text_height, kMargin);
  tree.pagination = rules;
  tree.blocks = std::move(blocks);
  return layout_document(tree, diagnostics, test_options());
}

LaidOutDocument flow(std::vector<Block> blocks, double text_height = kLinesPerPage * kLeading,
                     PaginationRules rules = {}) {
  Diagnostics diagnostics;
  LaidOutDocument laid_out = flow_reporting(std::move(blocks), text_height, diagnostics, rules);
  CHECK(diagnostics.all().empty());
  return laid_out;
}

// How many lines of the block tagged `tag` each page holds.
std::vector<int> lines_per_page(const LaidOutDocument& laid_out, int tag) {
  std::vector<int> counts;
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    int count = 0;
    for (const TextRun* run : runs_on(laid_out_page)) count += tag_of(*run) == tag;
    if (count > 0) counts.push_back(count);
  }
  return counts;
}

size_t page_of_first_line(const LaidOutDocument& laid_out, int tag) {
  for (size_t index = 0; index < laid_out.pages.size(); ++index) {
    for (const TextRun* run : runs_on(laid_out.pages[index])) {
      if (tag_of(*run) == tag) return index;
    }
  }
  FAIL("no line tagged " << tag);
  return 0;
}

double first_line_top(const LaidOutDocument& laid_out, int tag) {
  const size_t index = page_of_first_line(laid_out, tag);
  for (const TextRun* run : runs_on(laid_out.pages[index])) {
    if (tag_of(*run) == tag) return run->baseline - baseline_below_line_top(body_style());
  }
  return -1;
}

}  // namespace

TEST_CASE("layout: text flows over as many pages as it needs") {
  const LaidOutDocument laid_out = flow({lines(35, 1)});
  REQUIRE(laid_out.pages.size() == 4);
  CHECK(lines_per_page(laid_out, 1) == std::vector<int>{10, 10, 10, 5});
  check_layout_dump("flow_over_pages", laid_out);
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    CHECK(laid_out_page.width == doctest::Approx(column_width() + 2 * kMargin));
    CHECK(laid_out_page.height == doctest::Approx(kLinesPerPage * kLeading + 2 * kMargin));
  }
}

TEST_CASE("layout: the first line of every page starts exactly at the top margin") {
  const LaidOutDocument laid_out = flow({lines(25, 1)});
  const double baseline = kMargin + baseline_below_line_top(body_style());
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    const auto runs = runs_on(laid_out_page);
    REQUIRE(!runs.empty());
    CHECK(runs[0]->baseline == doctest::Approx(baseline));
    for (size_t i = 1; i < runs.size(); ++i) {
      CHECK(runs[i]->baseline == doctest::Approx(runs[i - 1]->baseline + kLeading));
    }
  }
}

TEST_CASE("layout: a split paragraph leaves at least two lines on each side of the break") {
  int splits = 0;
  for (int filler = 0; filler <= 2 * kLinesPerPage; ++filler) {
    for (int count = 4; count <= 13; ++count) {
      CAPTURE(filler);
      CAPTURE(count);
      const LaidOutDocument laid_out = flow({lines(filler, 1), lines(count, 2)});
      const std::vector<int> pieces = lines_per_page(laid_out, 2);
      splits += pieces.size() > 1;
      for (int piece : pieces) CHECK(piece >= 2);
    }
  }
  CHECK(splits > 50);
}

TEST_CASE("layout: a paragraph with one line of room left moves to the next page") {
  const LaidOutDocument laid_out = flow({lines(9, 1), lines(6, 2)});
  CHECK(lines_per_page(laid_out, 2) == std::vector<int>{6});
  CHECK(page_of_first_line(laid_out, 2) == 1);
  CHECK(first_line_top(laid_out, 2) == doctest::Approx(kMargin));
  check_layout_dump("one_line_of_room_left", laid_out);
}

TEST_CASE("layout: a widow line pulls a second line onto the next page") {
  const LaidOutDocument laid_out = flow({lines(6, 1), lines(5, 2)});
  CHECK(lines_per_page(laid_out, 2) == std::vector<int>{3, 2});
  check_layout_dump("widow_line", laid_out);
}

TEST_CASE("layout: a paragraph of fewer than four lines moves whole rather than split") {
  for (int count = 1; count <= 3; ++count) {
    for (int filler = kLinesPerPage - count + 1; filler < kLinesPerPage; ++filler) {
      CAPTURE(count);
      CAPTURE(filler);
      const LaidOutDocument laid_out = flow({lines(filler, 1), lines(count, 2)});
      CHECK(lines_per_page(laid_out, 2) == std::vector<int>{count});
      CHECK(page_of_first_line(laid_out, 2) == 1);
    }
  }
}

TEST_CASE("layout: the template's orphans and widows set the fewest lines on each side") {
  const PaginationRules rules{3, 4, {}};
  int splits = 0;
  for (int filler = 0; filler <= 2 * kLinesPerPage; ++filler) {
    for (int count = 1; count <= 14; ++count) {
      CAPTURE(filler);
      CAPTURE(count);
      const std::vector<int> pieces = lines_per_page(
          flow({lines(filler, 1), lines(count, 2)}, kLinesPerPage * kLeading, rules), 2);
      splits += pieces.size() > 1;
      if (count < 7) CHECK(pieces.size() == 1);  // shorter than orphans + widows: moves whole
      if (pieces.size() > 1) {
        CHECK(pieces.front() >= 3);
        CHECK(pieces.back() >= 4);
      }
    }
  }
  CHECK(splits > 30);
}

TEST_CASE("layout: orphans and widows of one line let a two-line paragraph split") {
  const PaginationRules rules{1, 1, {}};
  CHECK(lines_per_page(flow({lines(9, 1), lines(2, 2)}, kLinesPerPage * kLeading, rules), 2) ==
        std::vector<int>{1, 1});
  CHECK(lines_per_page(flow({lines(9, 1), lines(2, 2)}), 2) == std::vector<int>{2});
  // Rules below one line read as one line.
  CHECK(lines_per_page(flow({lines(9, 1), lines(2, 2)}, kLinesPerPage * kLeading, {0, -3, {}}),
                       2) == std::vector<int>{1, 1});
}

TEST_CASE("layout: a heading is never the last thing on a page") {
  int moved = 0;
  for (int filler = 0; filler <= 2 * kLinesPerPage; ++filler) {
    for (int count = 1; count <= 6; ++count) {
      CAPTURE(filler);
      CAPTURE(count);
      const LaidOutDocument laid_out = flow({lines(filler, 1), heading(2), lines(count, 3)});
      const size_t heading_page = page_of_first_line(laid_out, 2);
      CHECK(page_of_first_line(laid_out, 3) == heading_page);
      CHECK(lines_per_page(laid_out, 3)[0] >= std::min(count, 2));
      moved += heading_page > 0 && filler < kLinesPerPage;
    }
  }
  CHECK(moved > 5);
}

TEST_CASE("layout: a heading followed by a heading keeps with it and with the text after") {
  for (int filler = 5; filler <= kLinesPerPage; ++filler) {
    CAPTURE(filler);
    const LaidOutDocument laid_out =
        flow({lines(filler, 1), heading(2), heading(3, 2), lines(6, 4)});
    const size_t page_index = page_of_first_line(laid_out, 2);
    CHECK(page_of_first_line(laid_out, 3) == page_index);
    CHECK(page_of_first_line(laid_out, 4) == page_index);
    CHECK(lines_per_page(laid_out, 4)[0] >= 2);
  }
  // Six lines of filler leave four: the headings and two lines just fit.
  const LaidOutDocument just_fitting = flow({lines(6, 1), heading(2), heading(3), lines(6, 4)});
  CHECK(page_of_first_line(just_fitting, 2) == 0);
  check_layout_dump("headings_just_fitting", just_fitting);
  CHECK(page_of_first_line(flow({lines(7, 1), heading(2), heading(3), lines(6, 4)}), 2) == 1);
}

TEST_CASE("layout: adjacent space after and space before collapse to the larger") {
  ParagraphBlock first = lines(1, 1);
  ParagraphBlock second = lines(1, 2);
  first.style.edit().space_after = 5;
  second.style.edit().space_before = 8;
  CHECK(first_line_top(flow({first, second}), 2) == doctest::Approx(kMargin + kLeading + 8));
  first.style.edit().space_after = 9;
  CHECK(first_line_top(flow({first, second}), 2) == doctest::Approx(kMargin + kLeading + 9));
}

TEST_CASE("layout: space before is dropped at the top of a page") {
  ParagraphBlock first = lines(1, 1);
  first.style.edit().space_before = 30;
  CHECK(first_line_top(flow({first}), 1) == doctest::Approx(kMargin));
  ParagraphBlock second = lines(3, 2);
  second.style.edit().space_before = 30;
  const LaidOutDocument laid_out = flow({lines(8, 3), second});
  CHECK(page_of_first_line(laid_out, 2) == 1);
  CHECK(first_line_top(laid_out, 2) == doctest::Approx(kMargin));
  check_layout_dump("space_before_at_page_top", laid_out);
}

TEST_CASE("layout: spacing counts when deciding whether a block fits") {
  ParagraphBlock second = lines(2, 2);
  second.style.edit().space_before = 6;
  CHECK(page_of_first_line(flow({lines(8, 1), second}), 2) == 1);
  second.style.edit().space_before = 0;
  CHECK(page_of_first_line(flow({lines(8, 1), second}), 2) == 0);
}

TEST_CASE("layout: an empty document is one empty page") {
  const LaidOutDocument laid_out = flow({});
  REQUIRE(laid_out.pages.size() == 1);
  CHECK(laid_out.pages[0].items.empty());
  CHECK(laid_out.outline.empty());
  check_layout_dump("empty_document", laid_out);
}

TEST_CASE("layout: blocks with empty text take no room and no spacing") {
  ParagraphBlock empty = plain_paragraph(" \n\t ", body_style(), {});
  empty.style.edit().space_before = 50;
  empty.style.edit().space_after = 50;
  HeadingBlock empty_heading = plain_heading("", body_style(), 1, {});
  const LaidOutDocument laid_out = flow({lines(1, 1), empty, empty_heading, lines(1, 4)});
  CHECK(first_line_top(laid_out, 4) == doctest::Approx(kMargin + kLeading));
  CHECK(laid_out.outline.empty());
  check_layout_dump("empty_blocks", laid_out);
}

TEST_CASE("layout: a page with room for less than a line still lays out every line") {
  Diagnostics diagnostics;
  const LaidOutDocument laid_out =
      flow_reporting({heading(1), lines(5, 2), heading(3)}, 5, diagnostics);
  CHECK(laid_out.pages.size() == 7);
  CHECK(lines_per_page(laid_out, 2) == std::vector<int>{1, 1, 1, 1, 1});
  check_layout_dump("room_for_less_than_a_line", laid_out);
  // Each block's lines run off the foot of their pages: each says so, once.
  REQUIRE(diagnostics.all().size() == 3);
  for (const Diagnostic& warning : diagnostics.all()) {
    CHECK(warning.severity == Severity::warning);
    CHECK(warning.message.find("tall, more than the 5 pt a page's text area holds") !=
          std::string::npos);
  }
}

TEST_CASE("layout: a heading that cannot keep with a block taller than a page still terminates") {
  FigureBlock figure;
  figure.image_path = figure_image(100, 100);  // above 150 dpi at its 42 pt: no resolution warning
  figure.caption = repeat_words(word(3), 14);
  figure.caption_content = plain_inline_text(figure.caption);
  figure.caption_style = body_style();
  // The figure's image (42 pt) and caption (14 lines) fill more than a page: the heading keeps
  // with the image, and the caption runs on over the next pages.
  const LaidOutDocument laid_out = flow({lines(3, 1), heading(2), figure});
  CHECK(page_of_first_line(laid_out, 2) == 0);
  REQUIRE(images_on(laid_out.pages[0]).size() == 1);
  CHECK(images_on(laid_out.pages[0])[0]->y == doctest::Approx(kMargin + 4 * kLeading));
  CHECK(lines_per_page(laid_out, 3) == std::vector<int>{2, 10, 2});
  check_layout_dump("heading_before_tall_figure", laid_out);
}

TEST_CASE("layout: flow_pages places no unit below the text area") {
  const TextArea area{kMargin, kMargin, column_width(), kLinesPerPage * kLeading};
  const LaidOutDocument laid_out = flow({lines(3, 1), heading(2), lines(17, 3), lines(2, 4),
                                         heading(5), heading(6), lines(9, 7), lines(4, 8)});
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    for (const TextRun* run : runs_on(laid_out_page)) {
      const double top = run->baseline - baseline_below_line_top(body_style());
      CHECK(top >= area.top - 1e-9);
      CHECK(top + kLeading <= area.bottom() + 1e-9);
      CHECK(run->x >= area.left);
      CHECK(run->x + width_of(*run) <= area.right() + 1e-9);
    }
  }
}

}  // namespace handout
