#include <doctest/doctest.h>

#include "layout_typesetting_support.h"

namespace handout {
namespace {

using namespace typesetting_test;

const TextRun* run_with_text(const std::vector<SetLine>& lines, const std::string& text) {
  for (const SetLine& line : lines) {
    for (const TextRun& run : line.runs) {
      if (run.text.find(text) != std::string::npos) return &run;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("layout: strong, emphasis and code spans are set in their own faces") {
  SetParagraph set;
  set_into(set,
           inline_text({span("plain "), strong("heavy"), span(" and "), emphasis("slanted"),
                        span(" and "), code("mono()"), span(" end")}),
           full_style(), 400);
  REQUIRE(set.lines.size() == 1);
  REQUIRE(set.lines[0].runs.size() == 7);
  CHECK(run_with_text(set.lines, "plain")->face == layout_test::noto("NotoSans-Regular.ttf"));
  CHECK(run_with_text(set.lines, "heavy")->face == layout_test::noto("NotoSans-Bold.ttf"));
  CHECK(run_with_text(set.lines, "slanted")->face == layout_test::noto("NotoSans-Italic.ttf"));
  CHECK(run_with_text(set.lines, "mono()")->face == layout_test::noto("NotoSansMono-Regular.ttf"));
  CHECK(line_text(set.lines[0]) == "plain heavy and slanted and mono() end");
  // Runs follow each other without gaps or overlaps.
  for (size_t i = 1; i < set.lines[0].runs.size(); ++i) {
    CHECK(set.lines[0].runs[i].x == doctest::Approx(right_end(set.lines[0].runs[i - 1])));
  }
  CHECK(set.diagnostics.all().empty());
}

TEST_CASE("layout: emphasis in an italic style turns back upright; strong code is bold mono") {
  TextStyle italic = full_style();
  italic.italic = true;
  italic.face = italic.faces.italic.face;
  SetParagraph set;
  set_into(set, inline_text({span("slanted "), emphasis("upright "), strong(""), code("x")}),
           italic, 400);
  CHECK(run_with_text(set.lines, "slanted")->face == layout_test::noto("NotoSans-Italic.ttf"));
  CHECK(run_with_text(set.lines, "upright")->face == layout_test::noto("NotoSans-Regular.ttf"));
  CHECK(face_for_marks(full_style(), {"x", true, false, true}) ==
        layout_test::noto("NotoSansMono-Bold.ttf"));
  CHECK(face_for_marks(full_style(), {"x", true, true, false}) ==
        layout_test::noto("NotoSans-BoldItalic.ttf"));
}

TEST_CASE("layout: a character the face lacks takes the first fallback face that has it") {
  SetParagraph set;
  // U+2318 (place of interest) and U+263A (smiling face) are in DejaVu Sans, not in Noto Sans.
  set_into(set, inline_text({span("press \u2318 to smile \u263A now")}), full_style(), 400);
  REQUIRE(set.lines.size() == 1);
  const TextRun* command = run_with_text(set.lines, "\u2318");
  const TextRun* smile = run_with_text(set.lines, "\u263A");
  REQUIRE(command != nullptr);
  REQUIRE(smile != nullptr);
  CHECK(command->face == layout_test::noto("DejaVuSans.ttf"));
  CHECK(command->text == "\u2318");
  CHECK(command->glyphs.size() == 1);
  CHECK(command->glyphs[0].glyph_id != 0);
  CHECK(smile->face == layout_test::noto("DejaVuSans.ttf"));
  CHECK(run_with_text(set.lines, "press")->face == layout_test::noto("NotoSans-Regular.ttf"));
  CHECK(set.diagnostics.all().empty());
}

TEST_CASE("layout: a character no face has stays in the marked face and is reported once") {
  SetParagraph set;
  // U+4E2D (a CJK ideograph) is in neither Noto Sans nor DejaVu Sans.
  set_into(set, inline_text({span("\u4E2D and \u4E2D again \u4E2D")}), full_style(), 400);
  REQUIRE(set.lines.size() == 1);
  const TextRun* run = run_with_text(set.lines, "\u4E2D");
  REQUIRE(run != nullptr);
  CHECK(run->face == layout_test::noto("NotoSans-Regular.ttf"));
  REQUIRE(set.diagnostics.all().size() == 1);
  CHECK(set.diagnostics.all()[0].message ==
        "the font 'NotoSans-Regular' has no glyph for U+4E2D '\u4E2D'");
  CHECK(set.diagnostics.all()[0].where.line == 4);
}

TEST_CASE("layout: a combining mark stays in its base character's face") {
  const InlineSegments segments =
      segment_inline_text(inline_text({span("\u263A\u0301x")}), full_style());
  REQUIRE(segments.segments.size() == 2);
  CHECK(segments.segments[0].face == layout_test::noto("DejaVuSans.ttf"));
  CHECK(segments.segments[0].end == 5);  // the smile (3 bytes) and its accent (2 bytes)
}

TEST_CASE("layout: a link gets an area on every line it runs over") {
  SetParagraph set;
  const std::string url = "https://example.org/typesetting";
  set_into(set,
           inline_text({span("Some words come first and then "),
                        link("a link that is long enough to wrap", url), span(" and more.")}),
           full_style(), 200);
  std::vector<LinkArea> areas;
  for (const SetLine& line : set.lines) {
    for (const LinkArea& area : line.links) areas.push_back(area);
  }
  REQUIRE(areas.size() == 2);
  for (const LinkArea& area : areas) {
    CHECK(area.url == url);
    CHECK(area.y == 0);
    CHECK(area.height == doctest::Approx(12));
    CHECK(area.width > 10);
    CHECK(area.x + area.width <= 200 + 0.01);
  }
  // The first part ends its line; the second starts its line.
  CHECK(areas[1].x == doctest::Approx(0));
  CHECK(areas[0].x > 50);
}

TEST_CASE("layout: a hard break ends a line, which is not justified") {
  SetParagraph set;
  set_into(set, inline_text({span("first line\nsecond line that runs on and on until it wraps")}),
           full_style(TextAlign::justify), 150);
  REQUIRE(set.lines.size() >= 3);
  CHECK(line_text(set.lines[0]) == "first line");
  CHECK(right_end(set.lines[0].runs.back()) < 100);
  CHECK(right_end(set.lines[1].runs.back()) == doctest::Approx(150).epsilon(1e-4));
}

TEST_CASE("layout: spaces at the ends of a paragraph and around hard breaks are not set") {
  SetParagraph set;
  set_into(set, inline_text({span(" \n one "), strong(" two \n"), span(" three \n ")}),
           full_style(), 400);
  REQUIRE(set.lines.size() == 2);
  CHECK(line_text(set.lines[0]) == "one two");
  CHECK(line_text(set.lines[1]) == "three");
  SetParagraph empty;
  set_into(empty, inline_text({span(" \n\t ")}), full_style(), 400);
  CHECK(empty.lines.empty());
}

}  // namespace handout
