#include "image/raster_image.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "image/bmp_structure.h"
#include "image/jpeg_structure.h"
#include "image/png_passthrough.h"
#include "image/png_structure.h"
#include "image/pnm_structure.h"
#include "image/psd_structure.h"
#include "image/tga_structure.h"

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

// The one error that decoding a fuzz finding's input (fuzz/corpus/fuzz_image/regression-*) gives.
std::string error_for_finding(const std::string& regression, const std::string& name) {
  Diagnostics diagnostics;
  const std::string bytes =
      read_file(std::string(HANDOUT_SOURCE_DIR) + "/fuzz/corpus/fuzz_image/" + regression);
  CHECK(decode_raster_image(bytes, name, {}, diagnostics) == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  return diagnostics.all()[0].message;
}

std::string damaged(const std::string& name, const std::string& what) {
  return "figure '" + fixture(name) + "' is damaged: " + what;
}

using Bytes = std::vector<uint8_t>;

}  // namespace

// The data of the file's IDAT chunks, concatenated.
std::string idat_of(const std::string& name) {
  const std::string bytes = read_file(fixture(name));
  std::string idat;
  for (const PngChunk& chunk : read_png_chunks(bytes)) {
    if (chunk.type == "IDAT") idat += chunk.data;
  }
  return idat;
}

TEST_CASE("image: an RGB PNG passes through as its image data, checked but not decoded") {
  auto image = load_good("rgb.png");
  CHECK(image->width == 3);
  CHECK(image->height == 2);
  CHECK(image->color_channels == 3);
  CHECK(image->pixels.empty());
  CHECK(image->alpha.empty());
  CHECK(image->jpeg_bytes.empty());
  REQUIRE(image->png.has_value());
  CHECK(image->png->idat == idat_of("rgb.png"));
  CHECK(image->png->idat.size() > 10);
  CHECK(image->png->bit_depth == 8);
  CHECK(image->png->color_type == 2);
  CHECK(image->png->palette.empty());
}

TEST_CASE("image: grey, 1-bit, 16-bit, palette and multi-IDAT PNGs pass through") {
  struct Expected {
    const char* name;
    int width, height, color_channels, bit_depth, color_type;
    std::string palette;
  };
  const std::string rgb_palette("\xFF\0\0\0\xFF\0\0\0\xFF", 9);
  const std::string six_colours("\xFF\0\0\0\xFF\0\0\0\xFF\xFF\xFF\0\0\0\0\xC8\x64\x32", 18);
  for (const Expected& expected :
       {Expected{"grey.png", 4, 3, 1, 8, 0, ""}, Expected{"grey1.png", 10, 3, 1, 1, 0, ""},
        Expected{"grey16.png", 3, 2, 1, 16, 0, ""}, Expected{"rgb16.png", 2, 1, 3, 16, 2, ""},
        Expected{"palette.png", 3, 1, 3, 8, 3, rgb_palette},
        Expected{"palette4.png", 5, 2, 3, 4, 3, six_colours},
        Expected{"filtered.png", 6, 5, 3, 8, 2, ""},
        Expected{"white.png", 200, 100, 1, 8, 0, ""}}) {
    CAPTURE(expected.name);
    auto image = load_good(expected.name);
    CHECK(image->width == expected.width);
    CHECK(image->height == expected.height);
    CHECK(image->color_channels == expected.color_channels);
    CHECK(image->pixels.empty());
    CHECK(image->alpha.empty());
    REQUIRE(image->png.has_value());
    CHECK(image->png->idat == idat_of(expected.name));
    CHECK(image->png->bit_depth == expected.bit_depth);
    CHECK(image->png->color_type == expected.color_type);
    CHECK(image->png->palette == expected.palette);
  }
}

TEST_CASE("image: the rows of PNG image data are as long as width, samples and depth need") {
  auto row_bytes = [](int width, int bit_depth, int color_type) {
    PngPassthroughPlan plan;
    plan.width = width;
    plan.png.bit_depth = bit_depth;
    plan.png.color_type = color_type;
    return png_row_bytes(plan);
  };
  CHECK(row_bytes(10, 1, 0) == 2);
  CHECK(row_bytes(8, 1, 0) == 1);
  CHECK(row_bytes(5, 4, 3) == 3);
  CHECK(row_bytes(3, 2, 0) == 1);
  CHECK(row_bytes(1900, 8, 3) == 1900);
  CHECK(row_bytes(3, 8, 2) == 9);
  CHECK(row_bytes(2, 16, 2) == 12);
  CHECK(row_bytes(3, 16, 0) == 6);
}

TEST_CASE("image: interlaced PNGs and BMP files decode to 8-bit samples") {
  auto interlaced = load_good("interlaced.png");
  CHECK_FALSE(interlaced->png.has_value());
  REQUIRE(interlaced->pixels.size() == 5 * 5 * 3);
  for (int y = 0; y < 5; ++y) {
    for (int x = 0; x < 5; ++x) {
      const size_t at = (y * 5 + x) * 3;
      CHECK(interlaced->pixels[at] == 255 * ((x + y) % 2));
      CHECK(interlaced->pixels[at + 1] == 40 * x);
      CHECK(interlaced->pixels[at + 2] == 40 * y);
    }
  }

  auto bmp = load_good("rgb.bmp");
  CHECK_FALSE(bmp->png.has_value());
  CHECK(bmp->color_channels == 3);
  CHECK(bmp->pixels ==
        Bytes{255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 128, 128, 128});
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

  // Alpha, even when every pixel is opaque, and tRNS need a soft mask: decoded, not passed through.
  for (const auto& image : {rgba, grey_alpha, palette_alpha, opaque}) {
    CHECK_FALSE(image->png.has_value());
  }
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
}

TEST_CASE("image: PNG image data that does not inflate to the promised rows is an error") {
  const std::string corrupt =
      "its compressed image data cannot be inflated to its 3 x 2 pixels (the file may be "
      "truncated or corrupted)";
  CHECK(load_bad(fixture("bad_zlib.png")) == damaged("bad_zlib.png", corrupt));
  CHECK(load_bad(fixture("bad_deflate.png")) == damaged("bad_deflate.png", corrupt));
  CHECK(load_bad(fixture("long_data.png")) ==
        damaged("long_data.png",
                "its image data holds more bytes than its 3 x 2 pixels need (the file may be "
                "corrupted)"));
  CHECK(load_bad(fixture("longer_data.png")) == damaged("longer_data.png", corrupt));
  CHECK(load_bad(fixture("short_data.png")) ==
        damaged("short_data.png",
                "its image data holds 19 bytes where its 3 x 2 pixels need 20 (the file may be "
                "truncated or corrupted)"));
  CHECK(load_bad(fixture("bad_filter.png")) ==
        damaged("bad_filter.png",
                "row 1 of its image data has filter type 5, which PNG does not have (the file may "
                "be corrupted)"));
  CHECK(load_bad(fixture("bad_adler.png")) ==
        damaged("bad_adler.png", "its image data fails its checksum (the file may be corrupted)"));
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
            "' is not an image handout can read (PNG, JPEG, GIF, BMP, TGA, PSD, PNM, HDR and PIC "
            "are supported)");
  CHECK(load_bad(fixture("huge.png")) ==
        "figure '" + fixture("huge.png") +
            "' is 10000 x 6000 pixels (60.0 megapixels), more than the 50 megapixels handout "
            "reads from an image");
  CHECK(load_bad(fixture("")).rfind("cannot read figure '" + fixture("") + "': ", 0) == 0);
}

TEST_CASE("image: bytes in memory load as the same file does") {
  Diagnostics diagnostics;
  auto image = decode_raster_image(read_file(fixture("rgb.bmp")), "rgb.bmp", {}, diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(image != nullptr);
  CHECK(image->source_path == "rgb.bmp");
  CHECK(image->pixels == load_good("rgb.bmp")->pixels);
}

// Found by fuzz_image (fuzz/corpus/fuzz_image/regression-pnm-no-rows): the writer refused the
// empty image with an internal error.
TEST_CASE("image: an image whose header gives it no rows or columns is an error") {
  struct Case {
    std::string header;
    std::string size;
  };
  for (const Case& empty : {Case{"P5\n2 0\n255\n", "2 x 0"}, Case{"P6\n0 3\n255\n", "0 x 3"}}) {
    Diagnostics diagnostics;
    CHECK(decode_raster_image(empty.header + std::string(12, '\xff'), "empty.pnm",
                              {"data.yaml", 3, 5}, diagnostics) == nullptr);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message ==
          "figure 'empty.pnm' is damaged: its PNM header says it is " + empty.size +
              " pixels, which holds no image");
    CHECK(diagnostics.all()[0].where.line == 3);
  }
}

// stb_image padded missing BMP rows with zeros: a 70-byte file claiming 16 million rows took
// over 10 s to decode and write (found by fuzz_image, regression-bmp-missing-rows).
TEST_CASE("image: a BMP without all the rows its header promises is an error") {
  const std::string bmp = read_file(fixture("rgb.bmp"));
  CHECK_FALSE(find_bmp_damage(bmp).has_value());
  CHECK(load_bad(fixture("truncated.bmp")) ==
        damaged("truncated.bmp",
                "it holds 1 of the 2 pixel rows its header promises (the file may be truncated)"));
  const std::string found = read_file(std::string(HANDOUT_SOURCE_DIR) +
                                      "/fuzz/corpus/fuzz_image/regression-bmp-missing-rows");
  CHECK(find_bmp_damage(found) ==
        "it holds 2 of the 16384002 pixel rows its header promises (the file may be truncated)");
}

// stb_image padded missing PSD data with zeros: a 90-byte file claiming 46 million pixels took
// 11 s (found by fuzz_image, regression-psd-missing-data).
TEST_CASE("image: a PSD without the image data its header promises is an error") {
  // 8BPS, version 1, 3 channels, 2 x 2 pixels, 8 bits, RGB; three empty sections.
  const std::string header("8BPS\x00\x01\0\0\0\0\0\0\x00\x03\0\0\0\x02\0\0\0\x02\x00\x08\x00\x03",
                           26);
  const std::string sections(12, '\0');
  const std::string raw = header + sections + std::string("\0\0", 2) + std::string(12, '\x7f');
  const std::string packbits = header + sections + std::string("\0\x01", 2) +
                               std::string(12, '\0') + std::string(12, '\x01');
  CHECK_FALSE(find_psd_damage(raw).has_value());
  CHECK_FALSE(find_psd_damage(packbits).has_value());
  const std::string truncated = "its image data ends early (the file may be truncated)";
  CHECK(find_psd_damage(raw.substr(0, raw.size() - 1)) == truncated);
  CHECK(find_psd_damage(packbits.substr(0, 26 + 12 + 2 + 11)) == truncated);
  CHECK(find_psd_damage(header + std::string(5, '\0')) == truncated);
  CHECK(error_for_finding("regression-psd-missing-data", "found.psd") ==
        "figure 'found.psd' is damaged: " + truncated);
  Diagnostics diagnostics;
  CHECK(decode_raster_image(raw, "good.psd", {}, diagnostics) != nullptr);
}

// stb_image read this PGM's height as 0 where handout's header reader read 5: the image
// decoded to no pixels and the writer failed (found by fuzz_image, regression-pnm-comment-size).
// A decoder that disagrees with the size the limits were checked on is refused.
TEST_CASE("image: a header the decoder reads as another size is an error") {
  CHECK(error_for_finding("regression-pnm-comment-size", "found.pgm") ==
        "figure 'found.pgm' is damaged: its header reads as 455 x 5 pixels to handout but as "
        "455 x 0 to the decoder (the file may be corrupted)");
}

// stb_image took the white matte out of a partly transparent pixel darker than the matte allows,
// converting a negative value to a byte: undefined behaviour (found by fuzz_image,
// regression-psd-dark-matte).
TEST_CASE("image: a PSD pixel darker than its white matte allows is an error") {
  // 8BPS, version 1, 4 channels (RGBA), 2 x 1 pixels, 8 bits, RGB; three empty sections.
  const std::string header("8BPS\x00\x01\0\0\0\0\0\0\x00\x04\0\0\0\x01\0\0\0\x02\x00\x08\x00\x03",
                           26);
  const std::string before_data = header + std::string(12, '\0');
  // Raw planes: red, green, blue, alpha; the second pixel half transparent (alpha 128).
  auto raw = [&](char green) {
    return before_data + std::string("\0\0", 2) + std::string("\xff\xff", 2) +
           std::string(1, '\xff') + std::string(1, green) + std::string("\xff\xff", 2) +
           std::string("\xff\x80", 2);
  };
  // 255 - 127 = 128, at most the alpha: the lightest colour the matte allows; 126 is darker.
  CHECK_FALSE(find_psd_damage(raw('\x7f')).has_value());
  CHECK(find_psd_damage(raw('\x7e')) ==
        "the green of pixel (1, 0) is darker than its transparency allows in a PSD's white-backed "
        "merged image (the file may be corrupted)");
  // The same pixels run-length coded: a row-length table, then one literal packet per plane.
  auto packbits = [&](char blue) {
    std::string planes;
    for (std::string plane : {std::string("\xff\xff", 2), std::string("\xff\xff", 2),
                              std::string(1, '\xff') + blue, std::string("\xff\x40", 2)}) {
      planes += std::string(1, '\x01') + plane;
    }
    return before_data + std::string("\0\x01", 2) + std::string(8, '\x03') + planes;
  };
  CHECK_FALSE(find_psd_damage(packbits('\xbf')).has_value());  // 255 - 191 = 64
  CHECK(find_psd_damage(packbits('\xbe')) ==
        "the blue of pixel (1, 0) is darker than its transparency allows in a PSD's white-backed "
        "merged image (the file may be corrupted)");
  Diagnostics diagnostics;
  CHECK(decode_raster_image(packbits('\xbf'), "good.psd", {}, diagnostics) != nullptr);
  CHECK(error_for_finding("regression-psd-dark-matte", "found.psd")
            .find("darker than its "
                  "transparency allows") != std::string::npos);
}

// stb_image padded missing TGA pixels with zeros: a 36-byte run-length file claiming 10
// megapixels took 11 s (found by fuzz_image, regression-tga-missing-pixels).
TEST_CASE("image: a TGA without the pixel data its header promises is an error") {
  // No identification, no colour map, 2 x 2 pixels of 32 bits, top-down.
  auto header = [](char type) {
    return std::string("\0\0", 2) + type + std::string(9, '\0') +
           std::string("\x02\0\x02\0\x20\x28", 6);
  };
  const std::string raw = header('\x02') + std::string(16, '\x7f');
  // One raw packet of two pixels, one run of two.
  const std::string rle =
      header('\x0A') + "\x01" + std::string(8, '\x7f') + "\x81" + "\x10\x20\x30\xff";
  const std::string truncated = "its pixel data ends early (the file may be truncated)";
  for (const std::string& good : {raw, rle}) {
    REQUIRE(looks_like_tga(good));
    CHECK_FALSE(find_tga_damage(good).has_value());
    Diagnostics diagnostics;
    CHECK(decode_raster_image(good, "good.tga", {}, diagnostics) != nullptr);
  }
  CHECK(find_tga_damage(raw.substr(0, raw.size() - 1)) == truncated);
  CHECK(find_tga_damage(header('\x0A') + "\x81") == truncated);
  CHECK_FALSE(looks_like_tga(read_file(fixture("not_an_image.png"))));
  CHECK(error_for_finding("regression-tga-missing-pixels", "found.tga") ==
        "figure 'found.tga' is damaged: " + truncated);
}

// stb_image overflowed an int on a 40-digit PNM width (found by fuzz_image,
// regression-pnm-huge-number) and leaves the pixels of a short file uninitialized.
TEST_CASE("image: a PNM with header numbers too large or pixels missing is an error") {
  const std::string ppm = std::string("P6\n# comment\n2 2\n255\n") + std::string(12, '\x40');
  CHECK(looks_like_pnm(ppm));
  CHECK_FALSE(find_pnm_damage(ppm).has_value());
  CHECK_FALSE(find_pnm_damage("P5 1 1 65535 \x01\x02").has_value());
  CHECK(find_pnm_damage(ppm.substr(0, ppm.size() - 1)) ==
        "its pixel data ends early (the file may be truncated)");
  CHECK(find_pnm_damage("P5 1 1 65535 \x01") ==
        "its pixel data ends early (the file may be truncated)");
  CHECK(find_pnm_damage("P5 2147483648 1 255 ") ==
        "its header gives a width, height or maximum value too large to read");
  CHECK(error_for_finding("regression-pnm-huge-number", "found.pgm") ==
        "figure 'found.pgm' is damaged: its header gives a width, height or maximum value too "
        "large to read");
  Diagnostics diagnostics;
  CHECK(decode_raster_image(ppm, "good.ppm", {}, diagnostics) != nullptr);
}

// stb_image converted a null buffer after failing to decode this PIC: a crash (found by
// fuzz_image, regression-pic-bad-packet).
TEST_CASE("image: a damaged PIC is an error, a good one decodes") {
  CHECK(error_for_finding("regression-pic-bad-packet", "found.pic") ==
        "figure 'found.pic' is damaged: a channel packet has compression type 70, which PIC does "
        "not have (the file may be corrupted)");
  Diagnostics diagnostics;
  auto image = decode_raster_image(
      read_file(std::string(HANDOUT_SOURCE_DIR) + "/fuzz/corpus/fuzz_image/seed-softimage.pic"),
      "good.pic", {}, diagnostics);
  REQUIRE(image != nullptr);
  CHECK(image->color_channels == 3);
  CHECK(image->alpha.empty());
  CHECK(image->pixels.size() == 2 * 2 * 3);
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

// stb_image 2.27 builds Huffman tables unchecked: a table of more than 256 codes wrote past its
// arrays (found by fuzz_image, fuzz/corpus/fuzz_image/regression-jpeg-huffman-overflow).
TEST_CASE("image: JPEG Huffman tables are checked before stb_image reads them") {
  const std::string frame("\xFF\xC0\x00\x0B\x08\x00\x01\x00\x01\x01\x01\x11\x00", 13);
  // DHT: class 0, number 0, 16 counts, then the values.
  auto jpeg_with_table = [&](char id, std::string counts, size_t values) {
    std::string table = std::string(1, id) + counts + std::string(values, '\x01');
    const size_t length = table.size() + 2;
    return std::string("\xFF\xD8\xFF\xC4", 4) + char(length >> 8) + char(length & 0xFF) + table +
           frame + "\xFF\xD9";
  };
  const std::string twelve_codes =
      std::string(1, '\0') + std::string(12, '\x01') + std::string(3, '\0');
  CHECK(read_jpeg_structure(jpeg_with_table('\x00', twelve_codes, 12)).damage.empty());
  CHECK(read_jpeg_structure(jpeg_with_table('\x00', std::string(16, '\x20'), 512)).damage ==
        "a Huffman table lists 512 codes, more than 256");
  CHECK(read_jpeg_structure(jpeg_with_table('\x00', twelve_codes, 11)).damage ==
        "a Huffman table is cut short");
  CHECK(read_jpeg_structure(jpeg_with_table('\x24', twelve_codes, 12)).damage ==
        "a Huffman table has class 2 and number 4 (at most 1 and 3)");

  // stb_image skips fill bytes before the start marker; the checks must see such a file too.
  const std::string filled = "\xFF" + jpeg_with_table('\x00', std::string(16, '\x20'), 512);
  CHECK(looks_like_jpeg(filled));
  CHECK(read_jpeg_structure(filled).damage == "it has bytes before its JPEG start marker");

  CHECK(error_for_finding("regression-jpeg-huffman-overflow", "found.jpg")
            .rfind("figure 'found.jpg' is damaged: a Huffman table", 0) == 0);
}

// libharu's JPEG reader took fill bytes for a marker and failed, an internal error in the writer
// (found by fuzz_image, regression-jpeg-fill-bytes): such files are decoded instead.
TEST_CASE("image: a JPEG with fill bytes before a marker is decoded, not passed through") {
  const std::string jpeg = read_file(fixture("rgb.jpg"));
  CHECK(can_pass_jpeg_through(read_jpeg_structure(jpeg)));
  const std::string filled = jpeg.substr(0, 2) + "\xFF\xFF" + jpeg.substr(2);
  JpegStructure structure = read_jpeg_structure(filled);
  CHECK(structure.damage.empty());
  CHECK(structure.has_fill_bytes);
  CHECK_FALSE(can_pass_jpeg_through(structure));
  Diagnostics diagnostics;
  auto image = decode_raster_image(filled, "filled.jpg", {}, diagnostics);
  REQUIRE(image != nullptr);
  CHECK(image->jpeg_bytes.empty());
  CHECK(image->pixels.size() ==
        static_cast<size_t>(image->width * image->height * image->color_channels));
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
  // Quantization table 0, and DC and AC Huffman tables 0 of one code each.
  const std::string quantization = std::string("\xFF\xDB\x00\x43\x00", 5) + std::string(64, '\x01');
  auto huffman = [](char table) {
    return std::string("\xFF\xC4\x00\x14", 4) + table + '\x01' + std::string(15, '\0') + '\x00';
  };
  const std::string tables = quantization + huffman('\x00') + huffman('\x10');
  const std::string jpeg = std::string("\xFF\xD8", 2) + adobe + tables + frame + scan + "\xFF\xD9";
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
  // A scan with a table the file does not define: stb_image would read whatever its unzeroed
  // memory holds (found by fuzz_image, regression-jpeg-undefined-table).
  const std::string head = std::string("\xFF\xD8", 2) + adobe;
  const std::string end = frame + scan + "\xFF\xD9";
  CHECK(read_jpeg_structure(head + quantization + huffman('\x00') + end).damage ==
        "a scan decodes with AC Huffman table 0, which the file does not define before it (the "
        "file may be corrupted)");
  CHECK(read_jpeg_structure(head + quantization + huffman('\x10') + end).damage ==
        "a scan decodes with DC Huffman table 0, which the file does not define before it (the "
        "file may be corrupted)");
  CHECK(read_jpeg_structure(head + huffman('\x00') + huffman('\x10') + end).damage ==
        "its frame uses quantization table 0, which the file does not define before its first "
        "scan (the file may be corrupted)");
  CHECK(read_jpeg_structure(head + frame + tables + scan + "\xFF\xD9").damage.empty());
  CHECK(error_for_finding("regression-jpeg-undefined-table", "found.jpg") ==
        "figure 'found.jpg' is damaged: a scan decodes with AC Huffman table 0, which the file "
        "does not define before it (the file may be corrupted)");
  CHECK(read_jpeg_structure(std::string("\xFF\xD8", 2) + "x" + adobe).damage ==
        "it has no JPEG marker where one must be, at byte 2 (the file may be corrupted)");
}

}  // namespace handout

namespace handout {

TEST_CASE("image: GIF, TGA, PSD, PIC and PNM files decode to their pixels") {
  const std::vector<uint8_t> rgb = {255, 0,   0,   0, 255, 0, 0,   0,   255,
                                    255, 255, 255, 0, 0,   0, 128, 128, 128};
  for (const char* name : {"rgb.tga", "rgb_rle.tga", "rgb.psd", "rgb.pic", "rgb.ppm"}) {
    CAPTURE(name);
    auto image = load_good(name);
    CHECK(image->width == 3);
    CHECK(image->height == 2);
    CHECK(image->color_channels == 3);
    CHECK(image->pixels == rgb);
  }
  auto gif = load_good("rgb.gif");  // palette colours: red, green, blue, then white
  CHECK(gif->width == 3);
  CHECK(gif->height == 2);
  CHECK(gif->pixels == std::vector<uint8_t>{255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 255,
                                            255, 255, 255, 255, 255});
}

TEST_CASE("image: flat and run-length coded HDR files decode") {
  CHECK(load_good("flat.hdr")->width == 3);
  auto runs = load_good("runs.hdr");
  CHECK(runs->width == 8);
  CHECK(runs->height == 2);
  CHECK(runs->pixels.size() == 8 * 2 * 3);
}

// Each file is its good namesake without the last 5 bytes.
TEST_CASE("image: a truncated file of any format is an error, not an image with a blank end") {
  const std::string padded =
      "its image data ends before its last pixel (the file may be truncated)";
  for (const char* name : {"rgb.gif", "rgb_rle.tga"}) {
    const std::string truncated = std::string("truncated_") + name;
    CHECK(load_bad(fixture(truncated)) == damaged(truncated, padded));
  }
  CHECK(load_bad(fixture("truncated_rgb.psd")) ==
        damaged("truncated_rgb.psd", "its image data ends early (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_rgb.bmp")) ==
        damaged("truncated_rgb.bmp",
                "it holds 1 of the 2 pixel rows its header promises (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_rgb.tga")) ==
        damaged("truncated_rgb.tga",
                "it is 31 bytes long where its header promises 36 (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_rgb.ppm")) ==
        damaged("truncated_rgb.ppm",
                "it is 39 bytes long where its header promises 44 (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_rgb.pic")) ==
        damaged("truncated_rgb.pic",
                "its pixel data ends before its last row (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_flat.hdr")) ==
        damaged("truncated_flat.hdr", "it ends inside scanline 2 (the file may be truncated)"));
  CHECK(load_bad(fixture("truncated_runs.hdr")) ==
        damaged("truncated_runs.hdr", "it ends inside scanline 2 (the file may be truncated)"));
}

// The size checks read the width and height of an HDR header that gave none: an assertion
// (found by fuzz_image, regression-hdr-unreadable-size).
TEST_CASE("image: an HDR resolution line that cannot be read is an error") {
  CHECK(error_for_finding("regression-hdr-unreadable-size", "found.hdr") ==
        "figure 'found.hdr' is damaged: its resolution line '-Y 2? +X 2' is not '-Y height +X "
        "width' with sizes handout can read (the file may be corrupted)");
  Diagnostics diagnostics;
  CHECK(decode_raster_image("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 1", "cut.hdr", {},
                            diagnostics) == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "figure 'cut.hdr' is damaged: its header has no resolution line (the file may be "
        "truncated)");
}

TEST_CASE("image: an HDR run of length 0 is an error, where stb_image would loop forever") {
  CHECK(load_bad(fixture("zero_run.hdr")) ==
        damaged("zero_run.hdr",
                "scanline 1 has a run of 0 pixels where 8 remain (the file may be corrupted)"));
}

TEST_CASE("image: a header claiming too many pixels is refused before decoding") {
  for (const char* name : {"huge.gif", "huge.bmp", "huge.psd", "huge.ppm", "huge.jpg"}) {
    CHECK(load_bad(fixture(name)) ==
          "figure '" + fixture(name) +
              "' is 60000 x 60000 pixels (3600.0 megapixels), more than the 50 megapixels "
              "handout reads from an image");
  }
  // A size too long for any integer is refused without inventing a number for it.
  CHECK(load_bad(fixture("overflowing.ppm")) ==
        damaged("overflowing.ppm",
                "its header gives a width, height or maximum value too large to read"));
}

TEST_CASE("image: the pixel and file size limits can be raised or lowered") {
  ResourceLimits limits;
  limits.max_image_pixels = 5;
  Diagnostics diagnostics;
  CHECK(load_raster_image(fixture("rgb.gif"), {"d.yaml", 1, 1}, diagnostics, limits) == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "figure '" + fixture("rgb.gif") +
            "' is 3 x 2 pixels (6 pixels), more than the 5 pixels handout reads from an image");
  CHECK(diagnostics.all()[0].hints.back() ==
        "if this is intended, raise the limit with --max-megapixels N");
  limits.max_image_pixels = 6;
  CHECK(load_raster_image(fixture("rgb.gif"), {"d.yaml", 1, 1}, diagnostics, limits) != nullptr);
  limits.max_image_bytes = 41;  // rgb.gif has 42
  Diagnostics too_big;
  CHECK(load_raster_image(fixture("rgb.gif"), {"d.yaml", 1, 1}, too_big, limits) == nullptr);
  REQUIRE(too_big.all().size() == 1);
  CHECK(too_big.all()[0].message == "figure '" + fixture("rgb.gif") +
                                        "' is 42 bytes, more than the 41 bytes handout reads "
                                        "from an image file");
  CHECK(
      too_big.all()[0].hints ==
      std::vector<std::string>{"if this is intended, raise the limit with --max-image-size SIZE"});
}

TEST_CASE("image: a header that ends early, or claims no pixels, is damage") {
  CHECK(load_bad(fixture("short_header.gif")) ==
        damaged("short_header.gif", "it ends inside its GIF header (the file may be truncated)"));
  CHECK(load_bad(fixture("empty.bmp")) ==
        damaged("empty.bmp", "its BMP header says it is 0 x 5 pixels, which holds no image"));
}

}  // namespace handout
