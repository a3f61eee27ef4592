// Plain PNGs reach the PDF as their own compressed data. These tests read the PDF back with
// poppler's tools and compare every pixel with stb_image's decode of the source file.

#include <doctest/doctest.h>
#include <stb/stb_image.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "image/raster_image.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::PdfFile;
using write_test::run_tool;
using write_test::run_tool_on;
using write_test::written;

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct Pixels {
  int width = 0;
  int height = 0;
  int channels = 0;
  std::vector<uint16_t> samples;  // 16-bit files keep all their bits, others 0..255
};

// Empty when both are the same; otherwise the first difference, for the failure message.
std::string difference(const Pixels& found, const Pixels& expected) {
  auto shape = [](const Pixels& p) {
    return std::to_string(p.width) + " x " + std::to_string(p.height) + " x " +
           std::to_string(p.channels);
  };
  if (shape(found) != shape(expected) || found.samples.size() != expected.samples.size()) {
    return "found " + shape(found) + ", expected " + shape(expected);
  }
  for (size_t i = 0; i < found.samples.size(); ++i) {
    if (found.samples[i] == expected.samples[i]) continue;
    const size_t pixel = i / found.channels;
    return "pixel (" + std::to_string(pixel % found.width) + ", " +
           std::to_string(pixel / found.width) + ") sample " + std::to_string(i % found.channels) +
           " is " + std::to_string(found.samples[i]) + ", expected " +
           std::to_string(expected.samples[i]);
  }
  return "";
}

// stb_image's decode of a PNG file, with the file's own number of channels (3 for a palette).
Pixels decode(const std::string& bytes, bool sixteen_bits = false) {
  Pixels pixels;
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int size = static_cast<int>(bytes.size());
  void* samples = sixteen_bits
                      ? static_cast<void*>(stbi_load_16_from_memory(
                            data, size, &pixels.width, &pixels.height, &pixels.channels, 0))
                      : static_cast<void*>(stbi_load_from_memory(
                            data, size, &pixels.width, &pixels.height, &pixels.channels, 0));
  REQUIRE(samples != nullptr);
  const size_t count = static_cast<size_t>(pixels.width) * pixels.height * pixels.channels;
  for (size_t i = 0; i < count; ++i) {
    pixels.samples.push_back(sixteen_bits ? static_cast<uint16_t*>(samples)[i]
                                          : static_cast<stbi_uc*>(samples)[i]);
  }
  stbi_image_free(samples);
  return pixels;
}

// Four points per pixel (libharu wants pages of at least 3 points), the image filling the page:
// drawn at 18 dpi, one pixel is one dot.
constexpr double kPointsPerPixel = 4;

LaidOutDocument page_filled_with(std::shared_ptr<const RasterImage> image) {
  LaidOutDocument document;
  LaidOutPage page;
  page.width = image->width * kPointsPerPixel;
  page.height = image->height * kPointsPerPixel;
  page.items.push_back(PlacedImage{image, 0, 0, page.width, page.height, "figure"});
  document.pages.push_back(page);
  return document;
}

std::shared_ptr<const RasterImage> load_passthrough(const std::string& path) {
  Diagnostics diagnostics;
  auto image = load_raster_image(path, {}, diagnostics);
  REQUIRE(image != nullptr);
  REQUIRE(image->png.has_value());
  return image;
}

struct Case {
  std::string path;
  std::string color;  // as pdfimages -list names it
  int components;
  int bits;
};

std::string fixture(const std::string& name) {
  return std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/images/" + name;
}

const std::vector<Case> kCases = {
    {fixture("rgb.png"), "rgb", 3, 8},
    {fixture("grey.png"), "gray", 1, 8},
    {fixture("grey1.png"), "gray", 1, 1},
    {fixture("grey16.png"), "gray", 1, 16},
    {fixture("rgb16.png"), "rgb", 3, 16},
    {fixture("palette.png"), "index", 1, 8},
    {fixture("palette4.png"), "index", 1, 4},
    {fixture("filtered.png"), "rgb", 3, 8},
    {std::string(HANDOUT_SOURCE_DIR) + "/data/rust-is-used-for.png", "index", 1, 8},
};

}  // namespace

TEST_CASE("write: plain PNGs are embedded as their IDAT data, listed with their own colour") {
  for (const Case& png : kCases) {
    CAPTURE(png.path);
    auto image = load_passthrough(png.path);
    const std::string bytes = written(page_filled_with(image));
    CHECK(bytes.find(image->png->idat) != std::string::npos);  // verbatim, not re-compressed
    CHECK(bytes.find("/Filter /FlateDecode") != std::string::npos);
    PdfFile pdf(bytes);
    CHECK(run_tool_on("qpdf --check", pdf).status == 0);
    write_test::ToolOutput list = run_tool_on("pdfimages -list", pdf);
    CHECK(list.err == "");
    // page num type width height color comp bpc enc
    const std::regex row("\n +1 +0 image +" + std::to_string(image->width) + " +" +
                         std::to_string(image->height) + " +" + png.color + " +" +
                         std::to_string(png.components) + " +" + std::to_string(png.bits) +
                         " +image ");
    CHECK(std::regex_search(list.out, row));
  }
}

TEST_CASE("write: the image pdfimages extracts from a passed-through PNG matches pixel for pixel") {
  for (const Case& png : kCases) {
    if (png.bits == 16) continue;  // pdfimages -png mangles 16-bit images; see the next test
    CAPTURE(png.path);
    PdfFile pdf(written(page_filled_with(load_passthrough(png.path))));
    const std::string prefix = pdf.path() + "-image";
    REQUIRE(run_tool("pdfimages -png '" + pdf.path() + "' '" + prefix + "'").status == 0);
    const std::string extracted = read_bytes(prefix + "-000.png");
    std::filesystem::remove(prefix + "-000.png");
    CHECK(difference(decode(extracted), decode(read_bytes(png.path))) == "");
  }
}

// The samples of a 16-bit image as PDF stores them: big-endian pairs of bytes.
std::string big_endian(const Pixels& pixels) {
  std::string bytes;
  for (uint16_t sample : pixels.samples) {
    bytes += static_cast<char>(sample >> 8);
    bytes += static_cast<char>(sample & 0xFF);
  }
  return bytes;
}

TEST_CASE("write: qpdf unpacks the 16-bit samples of a passed-through PNG unchanged") {
  for (const Case& png : kCases) {
    if (png.bits != 16) continue;
    CAPTURE(png.path);
    PdfFile pdf(written(page_filled_with(load_passthrough(png.path))));
    std::smatch object;
    const std::string list = run_tool_on("pdfimages -list", pdf).out;
    REQUIRE(std::regex_search(list, object, std::regex(" image +no +([0-9]+) +0 ")));
    const std::string samples =
        run_tool_on("qpdf --show-object=" + object[1].str() + " --filtered-stream-data", pdf).out;
    CHECK(samples == big_endian(decode(read_bytes(png.path), true)));
  }
}

// The same image decoded by stb_image into 8-bit pixels, the way other figures are embedded.
std::shared_ptr<const RasterImage> decoded_copy(const RasterImage& passed_through) {
  auto image = std::make_shared<RasterImage>();
  const Pixels pixels = decode(read_bytes(passed_through.source_path));
  image->source_path = passed_through.source_path;
  image->width = pixels.width;
  image->height = pixels.height;
  image->color_channels = pixels.channels;
  image->pixels.assign(pixels.samples.begin(), pixels.samples.end());
  return image;
}

std::string rendered(const LaidOutDocument& document, int dpi) {
  PdfFile pdf(written(document));
  const std::string prefix = pdf.path() + "-page";
  REQUIRE(run_tool("pdftoppm -r " + std::to_string(dpi) + " -singlefile '" + pdf.path() + "' '" +
                   prefix + "'")
              .status == 0);
  const std::string page = read_bytes(prefix + ".ppm");
  std::filesystem::remove(prefix + ".ppm");
  return page;
}

TEST_CASE("write: pdftoppm draws a passed-through PNG exactly as its decoded pixels") {
  for (const Case& png : kCases) {
    CAPTURE(png.path);
    auto image = load_passthrough(png.path);
    // 18 dpi draws one dot per pixel; at 27 dpi poppler smooths them.
    for (int dpi : {18, 27}) {
      CAPTURE(dpi);
      const std::string passed_through = rendered(page_filled_with(image), dpi);
      CHECK(passed_through.rfind("P6\n", 0) == 0);  // a page was drawn
      CHECK(passed_through == rendered(page_filled_with(decoded_copy(*image)), dpi));
    }
  }
}

// The message of the one error writing `image` gives.
std::string failure_writing(const RasterImage& image) {
  auto copy = std::make_shared<RasterImage>(image);
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(page_filled_with(copy), diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::internal);
  return diagnostics.all()[0].message;
}

TEST_CASE("write: a PNG passthrough that contradicts itself is reported, not embedded") {
  const RasterImage good = *load_passthrough(fixture("palette4.png"));
  const std::string prefix = "cannot write the PDF: the PNG image '" + good.source_path + "' ";

  RasterImage no_data = good;
  no_data.png->idat.clear();
  CHECK(failure_writing(no_data) == prefix + "has no image data");

  RasterImage rgb_at_4_bits = good;
  rgb_at_4_bits.png->color_type = 2;
  CHECK(failure_writing(rgb_at_4_bits) ==
        prefix + "has colour type 2 with 4-bit samples, which cannot be passed through");

  RasterImage no_palette = good;
  no_palette.png->palette.clear();
  CHECK(failure_writing(no_palette) == prefix + "has a palette that is not 1 to 256 RGB entries");

  RasterImage torn_palette = good;
  torn_palette.png->palette.pop_back();
  CHECK(failure_writing(torn_palette) == prefix + "has a palette that is not 1 to 256 RGB entries");
}

}  // namespace handout
