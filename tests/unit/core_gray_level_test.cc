#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>

#include "core/gray_level.h"

using namespace handout;

TEST_CASE("core: a colour's grey is its luminance, encoded back as sRGB") {
  // Rec. 709 weights on linear light: red 0.2126, green 0.7152, blue 0.0722.
  CHECK(gray_level(Color{1, 0, 0}) == doctest::Approx(0.4985).epsilon(0.001));
  CHECK(gray_level(Color{0, 1, 0}) == doctest::Approx(0.8624).epsilon(0.001));
  CHECK(gray_level(Color{0, 0, 1}) == doctest::Approx(0.2979).epsilon(0.001));
  CHECK(gray_level(Color{1, 1, 1}) == doctest::Approx(1));
  CHECK(gray_level(Color{0, 0, 0}) == doctest::Approx(0));
  // A grey keeps its own level, whichever side of the sRGB curve's linear toe it is on.
  for (double level : {0.02, 0.1, 0.5, 0.9}) {
    CHECK(gray_level(Color{level, level, level}) == doctest::Approx(level));
  }
  // CMYK goes by its sRGB approximation: black ink alone is its own grey.
  CHECK(gray_level(cmyk_color({0, 0, 0, 0.25})) == doctest::Approx(0.75));
}

TEST_CASE("core: as_gray marks the colour as a grey and drops its inks") {
  const Color gray = as_gray(cmyk_color({0, 0.4, 1, 0}));
  CHECK(gray.gray);
  CHECK_FALSE(gray.cmyk.has_value());
  CHECK(gray.red == gray.green);
  CHECK(gray.green == gray.blue);
  CHECK(gray.red == doctest::Approx(gray_level(cmyk_color({0, 0.4, 1, 0}))));
  CHECK(as_gray(gray) == gray);
}

TEST_CASE("core: pixels turn grey through tables, a grey pixel unchanged") {
  for (int value = 0; value < 256; ++value) {
    const auto v = static_cast<uint8_t>(value);
    CHECK(gray_level_of_pixel(v, v, v) == v);
  }
  // Within a rounding step of the exact level, across the cube.
  for (int red = 0; red < 256; red += 17) {
    for (int green = 0; green < 256; green += 51) {
      for (int blue = 0; blue < 256; blue += 85) {
        const double exact = gray_level(Color{red / 255.0, green / 255.0, blue / 255.0}) * 255;
        const int from_tables = gray_level_of_pixel(
            static_cast<uint8_t>(red), static_cast<uint8_t>(green), static_cast<uint8_t>(blue));
        CHECK(std::abs(from_tables - exact) <= 1.0);
      }
    }
  }
}
