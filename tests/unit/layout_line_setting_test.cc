#include <doctest/doctest.h>

#include "layout/line_setting.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using layout_test::style;
using layout_test::width_of;

ShapedParagraph shape(const std::string& text) {
  Diagnostics diagnostics;
  MissingGlyphReport report(diagnostics);
  return shape_paragraph(text, style(), "en", report, {});
}

const char* const kText =
    "The quick brown fox jumps over the lazy dog and keeps running far away, past the mill, "
    "over the bridge and into the woods where nobody can see it any more at all.";

}  // namespace

TEST_CASE("layout: left, centre and right alignment place the line within its slot") {
  const ShapedParagraph paragraph = shape("Hello world");
  const double natural = paragraph.width_of(0, paragraph.glyphs.size());
  const LineSpan line{0, paragraph.glyphs.size(), true};
  const TextStyle text_style = style();
  CHECK(set_line(paragraph, line, {50, 200, TextAlign::left}, text_style).x == 50);
  CHECK(set_line(paragraph, line, {50, 200, TextAlign::center}, text_style).x ==
        doctest::Approx(50 + (200 - natural) / 2));
  CHECK(set_line(paragraph, line, {50, 200, TextAlign::right}, text_style).x ==
        doctest::Approx(250 - natural));
  CHECK(set_line(paragraph, line, {50, 200, TextAlign::justify}, text_style).x == 50);
}

TEST_CASE("layout: a run carries its style, its own text and clusters counted from that text") {
  const ShapedParagraph paragraph = shape("one two three");
  TextStyle text_style = style(9);
  text_style.color = {0.5, 0.25, 0};
  const TextRun run = set_line(paragraph, {4, 7, false}, {0, 100, TextAlign::left}, text_style);
  CHECK(run.text == "two");
  CHECK(run.face == text_style.face);
  CHECK(run.size == 9);
  CHECK(run.color == text_style.color);
  REQUIRE(run.glyphs.size() == 3);
  CHECK(run.glyphs[0].cluster == 0);
  CHECK(run.glyphs[2].cluster == 2);
  CHECK(run.glyphs[1].glyph_id == paragraph.glyphs[5].glyph_id);
}

TEST_CASE("layout: justification widens only the word spaces so the line fills its slot") {
  const ShapedParagraph paragraph = shape(kText);
  const double width = 200;
  const std::vector<LineSpan> lines = break_lines(paragraph, {width, width});
  REQUIRE(lines.size() >= 3);
  for (const LineSpan& line : lines) {
    const TextRun run = set_line(paragraph, line, {10, width, TextAlign::justify}, style());
    CHECK(run.x == 10);
    if (line.last) {
      CHECK(width_of(run) == doctest::Approx(paragraph.width_of(line.begin, line.end)));
      CHECK(width_of(run) < width);
      continue;
    }
    CHECK(width_of(run) == doctest::Approx(width));
    for (size_t i = 0; i < run.glyphs.size(); ++i) {
      const ShapedGlyph& natural = paragraph.glyphs[line.begin + i];
      if (run.text[run.glyphs[i].cluster] == ' ') {
        CHECK(run.glyphs[i].x_advance > natural.x_advance);
      } else {
        CHECK(run.glyphs[i].x_advance == natural.x_advance);
      }
    }
  }
}

TEST_CASE("layout: justification stretches a space no further than is reasonable") {
  const ShapedParagraph paragraph = shape("two words");
  const LineSpan line{0, paragraph.glyphs.size(), false};
  const TextRun run = set_line(paragraph, line, {0, 300, TextAlign::justify}, style());
  const double space = paragraph.glyphs[paragraph.spaces[0]].x_advance;
  CHECK(width_of(run) ==
        doctest::Approx(paragraph.width_of(0, paragraph.glyphs.size()) + kMaxSpaceStretch * space));
  CHECK(width_of(run) < 300);
}

TEST_CASE("layout: a justified line without spaces keeps its natural width") {
  const ShapedParagraph paragraph = shape("Unbreakable");
  const TextRun run = set_line(paragraph, {0, paragraph.glyphs.size(), false},
                               {0, 300, TextAlign::justify}, style());
  CHECK(width_of(run) == doctest::Approx(paragraph.width_of(0, paragraph.glyphs.size())));
}

TEST_CASE("layout: the baseline centres the face's ascender-descender box in the line box") {
  const TextStyle text_style = style(10, 14);
  const FontFace& face = *text_style.face;
  const double scale = 10.0 / face.units_per_em();
  const double expected =
      (14 - (face.ascender() - face.descender()) * scale) / 2 + face.ascender() * scale;
  CHECK(baseline_below_line_top(text_style) == doctest::Approx(expected));
  // Noto Sans: ascender 1069, descender -293 per 1000 units.
  CHECK(expected == doctest::Approx((14 - 13.62) / 2 + 10.69));
}

}  // namespace handout
