#include "image/qr_code.h"

#include <doctest/doctest.h>

#include <string>

namespace handout {
namespace {

TEST_CASE("qr code: one grey pixel per module inside a 4-module white quiet zone") {
  Diagnostics diagnostics;
  auto image = encode_qr_code("https://example.org", {"t.yaml", 3, 9}, diagnostics);
  REQUIRE(image);
  CHECK(diagnostics.all().empty());
  // 19 bytes at level M: version 2, 25 modules, plus 4 on each side.
  CHECK(image->width == 33);
  CHECK(image->height == 33);
  CHECK(image->color_channels == 1);
  REQUIRE(image->pixels.size() == 33u * 33u);
  auto at = [&](int x, int y) { return image->pixels[y * 33 + x]; };
  for (int i = 0; i < 33; ++i) {
    CHECK(at(i, 0) == 255);  // quiet zone
    CHECK(at(3, i) == 255);
  }
  // The finder pattern's dark outer ring in the top-left corner, and its light inner ring.
  CHECK(at(4, 4) == 0);
  CHECK(at(10, 4) == 0);
  CHECK(at(5, 5) == 255);
  CHECK(at(7, 7) == 0);
}

TEST_CASE("qr code: empty or too long text is an error at the block") {
  Diagnostics diagnostics;
  CHECK_FALSE(encode_qr_code("", {"t.yaml", 3, 9}, diagnostics));
  CHECK_FALSE(encode_qr_code(std::string(3000, 'x'), {"t.yaml", 4, 9}, diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].message == "a QR code needs text to encode, and this one is empty");
  CHECK(diagnostics.all()[1].message ==
        "the text of the QR code is too long (3000 bytes; a QR code holds at most 2331 at the "
        "error correction handout uses)");
  CHECK(diagnostics.all()[1].where.line == 4);
}

}  // namespace
}  // namespace handout
