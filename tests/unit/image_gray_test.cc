#include <doctest/doctest.h>
#include <stb/stb_image.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/gray_level.h"
#include "image/gray_image.h"
#include "image/png_unfiltering.h"
#include "image/raster_image.h"

namespace handout {
namespace {

std::string fixture(const std::string& name) {
  return std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/images/" + name;
}

std::shared_ptr<const RasterImage> loaded(const std::string& name) {
  Diagnostics diagnostics;
  auto image = load_raster_image(fixture(name), {}, diagnostics);
  REQUIRE(image != nullptr);
  return image;
}

// What the grey pixels must be: stb_image's decode of the file in RGB (16-bit samples rounded to
// 8 bits), each pixel through gray_level_of_pixel.
std::vector<uint8_t> expected_gray(const std::string& name, bool sixteen_bits = false) {
  int width = 0, height = 0, channels = 0;
  const std::string path = fixture(name);
  std::vector<uint8_t> rgb;
  if (sixteen_bits) {
    stbi_us* samples = stbi_load_16(path.c_str(), &width, &height, &channels, 3);
    REQUIRE(samples != nullptr);
    for (int i = 0; i < width * height * 3; ++i) {
      rgb.push_back(static_cast<uint8_t>((samples[i] * 255u + 32767) / 65535));
    }
    stbi_image_free(samples);
  } else {
    stbi_uc* samples = stbi_load(path.c_str(), &width, &height, &channels, 3);
    REQUIRE(samples != nullptr);
    rgb.assign(samples, samples + width * height * 3);
    stbi_image_free(samples);
  }
  std::vector<uint8_t> gray;
  for (size_t at = 0; at < rgb.size(); at += 3) {
    gray.push_back(gray_level_of_pixel(rgb[at], rgb[at + 1], rgb[at + 2]));
  }
  return gray;
}

}  // namespace

TEST_CASE("image: colour PNGs, JPEGs and decoded images become grey pixels") {
  struct Case {
    const char* name;
    bool sixteen_bits;
  };
  // filtered.png uses every PNG filter type; cmyk.jpg and rgb.bmp were decoded when loaded.
  for (const Case& source :
       {Case{"rgb.png", false}, Case{"rgb16.png", true}, Case{"filtered.png", false},
        Case{"rgb.jpg", false}, Case{"progressive.jpg", false}, Case{"cmyk.jpg", false},
        Case{"rgb.bmp", false}, Case{"interlaced.png", false}}) {
    CAPTURE(source.name);
    auto colour = loaded(source.name);
    REQUIRE(colour->color_channels == 3);
    auto gray = gray_image(colour);
    REQUIRE(gray != nullptr);
    CHECK(gray->color_channels == 1);
    CHECK(gray->width == colour->width);
    CHECK(gray->height == colour->height);
    CHECK_FALSE(gray->png.has_value());
    CHECK(gray->jpeg_bytes.empty());
    CHECK(gray->pixels == expected_gray(source.name, source.sixteen_bits));
  }
}

TEST_CASE("image: a palette PNG keeps its data and gets a grey palette") {
  auto colour = loaded("palette4.png");
  auto gray = gray_image(colour);
  REQUIRE(gray != nullptr);
  REQUIRE(gray->png.has_value());
  CHECK(gray->color_channels == 1);
  CHECK(gray->png->idat == colour->png->idat);
  CHECK(gray->png->palette_channels == 1);
  const std::string& rgb = colour->png->palette;
  REQUIRE(gray->png->palette.size() == rgb.size() / 3);
  for (size_t entry = 0; entry < gray->png->palette.size(); ++entry) {
    CHECK(static_cast<uint8_t>(gray->png->palette[entry]) ==
          gray_level_of_pixel(static_cast<uint8_t>(rgb[3 * entry]),
                              static_cast<uint8_t>(rgb[3 * entry + 1]),
                              static_cast<uint8_t>(rgb[3 * entry + 2])));
  }
}

TEST_CASE("image: grey images stay as they are, and alpha survives the conversion") {
  for (const char* name : {"grey.png", "grey16.png", "grey.jpg", "grey_alpha.png"}) {
    CAPTURE(name);
    auto image = loaded(name);
    CHECK(gray_image(image) == image);
  }
  auto rgba = loaded("rgba.png");
  auto gray = gray_image(rgba);
  REQUIRE(gray != nullptr);
  CHECK(gray->alpha == rgba->alpha);
  CHECK(gray->pixels.size() == 4);
}

TEST_CASE("image: PNG rows unfilter with each filter type") {
  // Two rows of two 1-byte pixels; the second row uses the filter under test against [10, 20].
  auto second_row = [](uint8_t filter, std::vector<uint8_t> bytes) {
    std::vector<uint8_t> filtered = {0, 10, 20, filter, bytes[0], bytes[1]};
    std::vector<uint8_t> rows = unfilter_png_rows(filtered, 2, 2, 1);
    return std::vector<uint8_t>(rows.begin() + 2, rows.end());
  };
  CHECK(second_row(0, {5, 6}) == std::vector<uint8_t>{5, 6});
  CHECK(second_row(1, {5, 6}) == std::vector<uint8_t>{5, 11});       // + left
  CHECK(second_row(2, {5, 6}) == std::vector<uint8_t>{15, 26});      // + above
  CHECK(second_row(3, {5, 6}) == std::vector<uint8_t>{10, 21});      // + (left + above) / 2
  CHECK(second_row(4, {5, 6}) == std::vector<uint8_t>{15, 6 + 20});  // + the Paeth neighbour
  CHECK(second_row(2, {250, 0}) == std::vector<uint8_t>{4, 20});     // modulo 256
}

}  // namespace handout
