#include "image/raster_image.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "image/jpeg_structure.h"
#include "image/png_structure.h"

namespace handout {
namespace {

std::string fixture(const std::string& name) {
  return std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/images/" + name;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::shared_ptr<const RasterImage> load_good(const std::string& name) {
  Diagnostics diagnostics;
  auto image = load_raster_image(fixture(name), {"data.yaml", 3, 5}, diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(image != nullptr);
  CHECK(image->source_path == fixture(name));
  return image;
}

// Loads a bad fixture and returns its single error message.
std::string load_bad(const std::string& path) {
  Diagnostics diagnostics;
  auto image = load_raster_image(path, {"data.yaml", 3, 5}, diagnostics);
  CHECK(image == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.kind == FailureKind::bad_input);
  CHECK(error.where.file == "data.yaml");
  CHECK(error.where.line == 3);
  CHECK(error.where.column == 5);
  return error.message;
}

std::string damaged(const std::string& name, const std::string& what) {
  return "figure '" + fixture(name) + "' is damaged: " + what;
}

using Bytes = std::vector<uint8_t>;

}  // namespace

TEST_CASE("image: an RGB PNG loads with its exact pixels and no alpha") {
  auto image = load_good("rgb.png");
  CHECK(image->width == 3);
  CHECK(image->height == 2);
  CHECK(image->color_channels == 3);
  CHECK(image->pixels ==
        Bytes{255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 128, 128, 128});
  CHECK(image->alpha.empty());
  CHECK(image->jpeg_bytes.empty());
}

TEST_CASE("image: grey, 16-bit, palette, interlaced and BMP files decode to 8-bit samples") {
  auto grey = load_good("grey.png");
  CHECK(grey->width == 4);
  CHECK(grey->height == 3);
  CHECK(grey->color_channels == 1);
  CHECK(grey->pixels == Bytes{0, 60, 120, 180, 10, 70, 130, 190, 20, 80, 140, 200});
  CHECK(grey->alpha.empty());

  auto deep = load_good("rgb16.png");  // 16-bit samples keep their high byte
  CHECK(deep->color_channels == 3);
  CHECK(deep->pixels == Bytes{0xFF, 0x00, 0x80, 0x12, 0xAB, 0x00});

  auto palette = load_good("palette.png");  // indices 2, 1, 0 into red, green, blue
  CHECK(palette->color_channels == 3);
  CHECK(palette->pixels == Bytes{0, 0, 255, 0, 255, 0, 255, 0, 0});
  CHECK(palette->alpha.empty());

  auto interlaced = load_good("interlaced.png");
  REQUIRE(interlaced->pixels.size() == 5 * 5 * 3);
  for (int y = 0; y < 5; ++y) {
    for (int x = 0; x < 5; ++x) {
      const size_t at = (y * 5 + x) * 3;
      CHECK(interlaced->pixels[at] == 255 * ((x + y) % 2));
      CHECK(interlaced->pixels[at + 1] == 40 * x);
      CHECK(interlaced->pixels[at + 2] == 40 * y);
    }
  }

  CHECK(load_good("rgb.bmp")->pixels == load_good("rgb.png")->pixels);
}

TEST_CASE("image: alpha becomes its own plane and is dropped when fully opaque") {
  auto rgba = load_good("rgba.png");
  CHECK(rgba->color_channels == 3);
  CHECK(rgba->pixels == Bytes{255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30});
  CHECK(rgba->alpha == Bytes{255, 128, 0, 255});

  auto grey_alpha = load_good("grey_alpha.png");
  CHECK(grey_alpha->color_channels == 1);
  CHECK(grey_alpha->pixels == Bytes{50, 200});
  CHECK(grey_alpha->alpha == Bytes{255, 100});

  auto palette_alpha = load_good("palette_alpha.png");  // tRNS makes index 1 transparent
  CHECK(palette_alpha->color_channels == 3);
  CHECK(palette_alpha->pixels == Bytes{255, 0, 0, 0, 255, 0});
  CHECK(palette_alpha->alpha == Bytes{255, 0});

  auto opaque = load_good("rgba_opaque.png");
  CHECK(opaque->color_channels == 3);
  CHECK(opaque->pixels == Bytes{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  CHECK(opaque->alpha.empty());
}

TEST_CASE("image: grey, colour and progressive JPEGs pass through untouched") {
  for (const char* name : {"rgb.jpg", "grey.jpg", "progressive.jpg"}) {
    CAPTURE(name);
    auto image = load_good(name);
    CHECK(image->width == 16);
    CHECK(image->height == 12);
    CHECK(image->color_channels == (std::string(name) == "grey.jpg" ? 1 : 3));
    CHECK(image->jpeg_bytes == read_file(fixture(name)));
    CHECK(image->pixels.empty());
    CHECK(image->alpha.empty());
  }
}

TEST_CASE("image: a CMYK JPEG is decoded to RGB pixels instead of passed through") {
  auto image = load_good("cmyk.jpg");
  CHECK(image->width == 16);
  CHECK(image->height == 12);
  CHECK(image->color_channels == 3);
  CHECK(image->jpeg_bytes.empty());
  REQUIRE(image->pixels.size() == 16 * 12 * 3);
  // Left half red, right half blue (JPEG is lossy, so only roughly).
  const uint8_t* left = &image->pixels[(6 * 16 + 2) * 3];
  const uint8_t* right = &image->pixels[(6 * 16 + 13) * 3];
  CHECK(left[0] > 200);
  CHECK(left[2] < 60);
  CHECK(right[0] < 60);
  CHECK(right[2] > 200);
}

TEST_CASE("image: a JPEG with data after its end marker passes through without it") {
  const std::string jpeg = read_file(fixture("rgb.jpg"));
  const std::string path =
      (std::filesystem::temp_directory_path() / "handout-image-test-trailer.jpg").string();
  std::ofstream(path, std::ios::binary) << jpeg << "appended video or padding";
  Diagnostics diagnostics;
  auto image = load_raster_image(path, {}, diagnostics);
  std::filesystem::remove(path);
  REQUIRE(image != nullptr);
  CHECK(image->jpeg_bytes == jpeg);
}

TEST_CASE("image: damaged PNGs are errors naming the file and what is wrong") {
  CHECK(load_bad(fixture("truncated.png")) ==
        damaged("truncated.png",
                "chunk 'IDAT' runs past the end of the file (the file may be truncated)"));
  CHECK(load_bad(fixture("corrupt_idat.png")) ==
        damaged("corrupt_idat.png",
                "chunk 'IDAT' fails its checksum (the file may be truncated or corrupted)"));
  CHECK(load_bad(fixture("no_iend.png")) ==
        damaged("no_iend.png", "it has no 'IEND' chunk (the file may be truncated)"));
  CHECK(load_bad(fixture("text_mode.png")) ==
        damaged("text_mode.png", "its PNG signature is damaged (was it transferred as text?)"));
  CHECK(load_bad(fixture("bad_zlib.png")) ==
        "figure '" + fixture("bad_zlib.png") +
            "' cannot be decoded: stb_image reports 'bad zlib header' (the file is damaged or "
            "uses a variant of its format handout cannot read)");
}

TEST_CASE("image: a truncated JPEG is an error, not half an image") {
  CHECK(load_bad(fixture("truncated.jpg")) ==
        damaged("truncated.jpg", "it ends before the JPEG end marker (the file may be truncated)"));
}

TEST_CASE("image: missing, empty, non-image and oversized files are errors naming the file") {
  CHECK(load_bad(fixture("missing.png")) ==
        "cannot read figure '" + fixture("missing.png") + "': No such file or directory");
  CHECK(load_bad(fixture("empty.png")) == "figure '" + fixture("empty.png") + "' is an empty file");
  CHECK(load_bad(fixture("not_an_image.png")) ==
        "'" + fixture("not_an_image.png") +
            "' is not an image handout can read (PNG, JPEG, GIF, BMP, TGA, PSD, PNM, HDR are "
            "supported)");
  CHECK(load_bad(fixture("huge.png")) ==
        "figure '" + fixture("huge.png") +
            "' is 10000 x 6000 pixels (60.0 megapixels); handout reads images of at most 50 "
            "megapixels");
  CHECK(load_bad(fixture("")).rfind("cannot read figure '" + fixture("") + "': ", 0) == 0);
}

TEST_CASE("image: PNG structure checks") {
  const std::string good = read_file(fixture("rgb.png"));
  CHECK_FALSE(find_png_damage(good).has_value());
  CHECK_FALSE(find_png_damage(good + "trailing bytes after IEND").has_value());
  CHECK(find_png_damage(good.substr(0, 8)) == "it has nothing after the PNG signature");
  CHECK(find_png_damage(good.substr(0, 16)) ==
        "it ends in the middle of a chunk (the file may be truncated)");
  // Drop IHDR (13 data bytes + 12) so that IDAT comes first.
  CHECK(find_png_damage(good.substr(0, 8) + good.substr(33)) ==
        "its first chunk is 'IDAT', not 'IHDR'");
  std::string renamed = good;
  renamed[12 + 1] = '#';
  CHECK(find_png_damage(renamed) ==
        "it has a chunk with an invalid name at byte 8 (the file may be corrupted)");
  CHECK(looks_like_png(good));
  CHECK_FALSE(looks_like_png("PNG"));
}

TEST_CASE("image: JPEG structure records components, Adobe transform and end") {
  // SOI, APP14 "Adobe" (transform 2 = YCCK), SOF0 with 4 components, SOS, scan data, EOI.
  const std::string adobe(
      "\xFF\xEE\x00\x0E"
      "Adobe\x00\x64\x00\x00\x00\x00\x02",
      16);
  const std::string frame("\xFF\xC0\x00\x0B\x08\x00\x01\x00\x01\x04\x01\x11\x00", 13);
  const std::string scan(
      "\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00"
      "\x12\xFF\x00\x34\xFF\xD0\x56",
      17);
  const std::string jpeg = std::string("\xFF\xD8", 2) + adobe + frame + scan + "\xFF\xD9";
  JpegStructure structure = read_jpeg_structure(jpeg + "trailer");
  CHECK(structure.damage.empty());
  CHECK(structure.length == jpeg.size());
  CHECK(structure.components == 4);
  CHECK(structure.precision == 8);
  CHECK(structure.adobe_transform == 2);
  CHECK_FALSE(can_pass_jpeg_through(structure));

  CHECK(read_jpeg_structure(jpeg.substr(0, jpeg.size() - 2)).damage ==
        "it ends before the JPEG end marker (the file may be truncated)");
  CHECK(read_jpeg_structure(std::string("\xFF\xD8\xFF\xD9", 4)).damage ==
        "it has no JPEG frame header");
  CHECK(read_jpeg_structure(std::string("\xFF\xD8", 2) + "x" + adobe).damage ==
        "it has no JPEG marker where one must be, at byte 2 (the file may be corrupted)");
}

}  // namespace handout
