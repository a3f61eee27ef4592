#include <doctest/doctest.h>

#include "layout/paragraph_shaping.h"

#include "core/whitespace.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using layout_test::style;

ShapedParagraph shape(const std::string& text, Diagnostics& diagnostics) {
  MissingGlyphReport report(diagnostics);
  return shape_paragraph(text, style(), "en", report, {"data.yaml", 3, 5});
}

}  // namespace

TEST_CASE("layout: tabs, newlines and runs of spaces fold to one space and the ends are trimmed") {
  CHECK(fold_whitespace("  one\t\ttwo \n three\r\n") == "one two three");
  CHECK(fold_whitespace(" \t\n ") == "");
  CHECK(fold_whitespace("") == "");
  CHECK(fold_whitespace("a\u00a0b") == "a\u00a0b");  // a no-break space is not a word space
}

TEST_CASE("layout: a paragraph is shaped whole and its word spaces are the break opportunities") {
  Diagnostics diagnostics;
  const ShapedParagraph paragraph = shape("  AVATAR\tTower \n WAVE ", diagnostics);
  CHECK(paragraph.text == "AVATAR Tower WAVE");
  const ShapedText whole = shape_text(*style().face, 10, "AVATAR Tower WAVE", "en");
  REQUIRE(paragraph.glyphs.size() == whole.glyphs.size());
  for (size_t i = 0; i < whole.glyphs.size(); ++i) {
    CHECK(paragraph.glyphs[i].x_advance == whole.glyphs[i].x_advance);  // kerning kept
  }
  REQUIRE(paragraph.spaces.size() == 2);
  CHECK(paragraph.glyphs[paragraph.spaces[0]].cluster == 6);
  CHECK(paragraph.glyphs[paragraph.spaces[1]].cluster == 12);
  CHECK(paragraph.width_of(0, paragraph.glyphs.size()) == doctest::Approx(whole.width));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("layout: empty text shapes to an empty paragraph") {
  Diagnostics diagnostics;
  const ShapedParagraph paragraph = shape(" \n ", diagnostics);
  CHECK(paragraph.empty());
  CHECK(paragraph.spaces.empty());
  REQUIRE(paragraph.pen.size() == 1);
  CHECK(paragraph.width_of(0, 0) == 0);
}

TEST_CASE("layout: a space carrying a combining mark is not a break opportunity") {
  Diagnostics diagnostics;
  const ShapedParagraph paragraph = shape("a \u0301b c", diagnostics);
  REQUIRE(paragraph.spaces.size() == 1);
  CHECK(paragraph.text[paragraph.glyphs[paragraph.spaces[0]].cluster] == ' ');
  CHECK(paragraph.glyphs[paragraph.spaces[0]].cluster == paragraph.text.size() - 2);
}

}  // namespace handout
