#include <doctest/doctest.h>

#include "load/color_parser.h"

using namespace handout;

namespace {

std::optional<Color> color_of(std::string_view text) { return parse_color(text).color; }

// The problem and hints of a text that is not a colour, one per line.
std::string problem_of(std::string_view text) {
  ParsedColor parsed = parse_color(text);
  CHECK_FALSE(parsed.color.has_value());
  std::string lines = parsed.problem;
  for (const std::string& hint : parsed.hints) lines += "\nhint: " + hint;
  return lines;
}

}  // namespace

TEST_CASE("load: colours are #rrggbb or #rgb") {
  CHECK(color_of("#ff0000") == Color{1, 0, 0});
  CHECK(color_of("#00FF00") == Color{0, 1, 0});
  CHECK(color_of("#00f") == Color{0, 0, 1});
  std::optional<Color> grey = color_of("#1a1a1a");
  REQUIRE(grey.has_value());
  CHECK(grey->red == doctest::Approx(26 / 255.0));
  for (const char* bad : {"", "#", "ff0000", "#12345", "#1234567", "#ggg", "red", "# 12345"}) {
    CHECK_FALSE_MESSAGE(color_of(bad).has_value(), bad);
  }
}

TEST_CASE("load: CMYK colours are fractions or percentages, with an sRGB approximation") {
  const Color orange = cmyk_color({0, 0.4, 1, 0});
  CHECK(color_of("cmyk(0, 0.4, 1, 0)") == orange);
  CHECK(color_of("cmyk(0%, 40%, 100%, 0%)") == orange);
  CHECK(color_of("cmyk( 0 , 40 % ,1,0%)") == orange);  // spaces anywhere; the forms may mix
  REQUIRE(orange.cmyk.has_value());
  CHECK(orange.cmyk->magenta == doctest::Approx(0.4));
  // red = (1 - cyan)(1 - black), and so on.
  CHECK(orange.red == doctest::Approx(1));
  CHECK(orange.green == doctest::Approx(0.6));
  CHECK(orange.blue == doctest::Approx(0));
  const Color rich = cmyk_color({0.2, 0, 0, 0.5});
  CHECK(rich.red == doctest::Approx(0.4));
  CHECK(rich.green == doctest::Approx(0.5));
  CHECK(color_of("cmyk(0, 0, 0, 1)")->red == 0);
  CHECK(color_of("cmyk(0,0,0,0)") == cmyk_color({}));
}

TEST_CASE("load: a malformed CMYK colour says what is wrong") {
  CHECK(problem_of("cmyk(0, 0.4, 1)") ==
        "'cmyk(0, 0.4, 1)' gives 3 inks; cmyk() takes 4: cyan, magenta, yellow and black, e.g. "
        "cmyk(0%, 40%, 100%, 0%)");
  CHECK(problem_of("cmyk(0, 0, 0, 0, 0)").starts_with("'cmyk(0, 0, 0, 0, 0)' gives 5 inks;"));
  CHECK(problem_of("cmyk()").starts_with("'cmyk()' gives 1 ink;"));
  CHECK(problem_of("cmyk(0, 40, 100, 0)") ==
        "'cmyk(0, 40, 100, 0)' has magenta 40, which is out of range; inks are fractions from 0 "
        "to 1 or percentages from 0% to 100%\nhint: did you mean cmyk(0%, 40%, 100%, 0%)?");
  CHECK(problem_of("cmyk(0, 0, 120%, 0)") ==
        "'cmyk(0, 0, 120%, 0)' has yellow 120%, which is out of range; inks are fractions from 0 "
        "to 1 or percentages from 0% to 100%");
  CHECK(problem_of("cmyk(0, 0, 0, -1)") ==
        "'cmyk(0, 0, 0, -1)' has black -1, which is out of range; inks are fractions from 0 to 1 "
        "or percentages from 0% to 100%");
  CHECK(problem_of("cmyk(x, 0, 0, 0)").starts_with("'cmyk(x, 0, 0, 0)' has cyan 'x', which is"));
  CHECK(problem_of("cmyk(1e-1, 0, 0, 0)").starts_with("'cmyk(1e-1, 0, 0, 0)' has cyan '1e-1'"));
  CHECK(problem_of("cmyk(0, 0, 0, 0") ==
        "'cmyk(0, 0, 0, 0' is not a colour: write cmyk( with four inks and a closing ')', e.g. "
        "cmyk(0%, 40%, 100%, 0%)");
  CHECK(problem_of("cmyk(0.6") ==
        "'cmyk(0.6' is not a colour: write cmyk( with four inks and a closing ')', e.g. "
        "cmyk(0%, 40%, 100%, 0%)\nhint: inside { }, put the colour in quotes: color: "
        "\"cmyk(0%, 40%, 100%, 0%)\"");
  CHECK(problem_of("cmyk(0, 0, 0, 0) x").starts_with("'cmyk(0, 0, 0, 0) x' is not a colour"));
  CHECK(problem_of("red") ==
        "'red' is not a colour; write #rrggbb or #rgb in quotes, e.g. \"#1a1a1a\", or CMYK inks, "
        "e.g. cmyk(0%, 40%, 100%, 0%)");
  CHECK(problem_of("#12345") ==
        "'#12345' is not a colour; write #rrggbb or #rgb in quotes, e.g. "
        "\"#1a1a1a\"");
}

TEST_CASE("load: colours are written back for messages as a template writes them") {
  CHECK(color_text(*color_of("#c0392b")) == "#c0392b");
  CHECK(color_text(*color_of("#ABC")) == "#aabbcc");
  CHECK(color_text(*color_of("cmyk(0, 0.4, 1, 0.125)")) == "cmyk(0%, 40%, 100%, 12.5%)");
}
