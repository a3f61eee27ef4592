#include <doctest/doctest.h>

#include <regex>

#include "layout/grayscale.h"
#include "write_test_support.h"

namespace handout {
namespace {

using namespace write_test;

std::string fixture(const std::string& name) {
  return std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/images/" + name;
}

std::shared_ptr<const RasterImage> loaded(const std::string& path) {
  Diagnostics diagnostics;
  auto image = load_raster_image(path, {}, diagnostics);
  REQUIRE(image != nullptr);
  return image;
}

// A page with colour of every kind: text, a filled and outlined box, a line, and images of each
// way they are embedded (passed-through RGB and palette PNGs, a JPEG, decoded pixels with alpha).
LaidOutDocument colourful_document() {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  std::vector<PageItem>& items = document.pages[0].items;
  TextRun text = line("Colour", 50, 80);
  text.color = Color{0.75, 0.22, 0.17};
  items.push_back(text);
  items.push_back(DrawnBox{50, 100, 200, 40, cmyk_color({0, 0.4, 1, 0}), Color{0, 0, 1}, 2});
  items.push_back(DrawnLine{50, 300, 250, 300, 1, Color{0, 0.5, 0}, true});
  double y = 400;
  for (const char* name : {"rgb.png", "palette4.png", "rgb.jpg", "rgba.png", "filtered.png"}) {
    items.push_back(PlacedImage{loaded(fixture(name)), 50, y, 60, 40, name});
    y += 50;
  }
  // The same image twice: converted once.
  items.push_back(std::get<PlacedImage>(items.back()));
  return document;
}

TEST_CASE("layout: --grayscale turns every colour into a grey, marked as such") {
  LaidOutDocument document = colourful_document();
  Diagnostics diagnostics;
  convert_to_grayscale(document, diagnostics);
  CHECK(diagnostics.all().empty());
  const std::vector<PageItem>& items = document.pages[0].items;
  const Color text = std::get<TextRun>(items[0]).color;
  CHECK(text.gray);
  CHECK(text.red == doctest::Approx(0.4117).epsilon(0.001));
  const DrawnBox& box = std::get<DrawnBox>(items[1]);
  CHECK(box.fill->gray);
  CHECK_FALSE(box.fill->cmyk.has_value());
  CHECK(box.stroke->gray);
  CHECK(std::get<DrawnLine>(items[2]).color.gray);
  for (size_t at = 3; at < items.size(); ++at) {
    CHECK(std::get<PlacedImage>(items[at]).image->color_channels == 1);
  }
  CHECK(std::get<PlacedImage>(items[items.size() - 1]).image ==
        std::get<PlacedImage>(items[items.size() - 2]).image);
}

// The page content streams of a PDF that qpdf --qdf has uncompressed (fonts left out: their
// bytes may hold anything).
std::string page_contents(const std::string& qdf) {
  std::string contents;
  for (size_t at = qdf.find("%% Contents for page"); at != std::string::npos;
       at = qdf.find("%% Contents for page", at + 1)) {
    const size_t start = qdf.find("stream\n", at);
    const size_t end = qdf.find("endstream", start);
    contents += qdf.substr(start, end - start);
  }
  return contents;
}

TEST_CASE("write: a grayscale document holds no RGB or CMYK at all") {
  LaidOutDocument document = colourful_document();
  Diagnostics diagnostics;
  convert_to_grayscale(document, diagnostics);
  PdfFile pdf(written(document));
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
  const std::string qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  const std::string contents = page_contents(qdf);
  CHECK(contents.find(" Tf\n") != std::string::npos);
  CHECK_FALSE(std::regex_search(contents, std::regex("\\b(rg|RG|k|K|sc|SC|scn|SCN|cs|CS)\n")));
  CHECK(qdf.find("DeviceRGB") == std::string::npos);
  CHECK(qdf.find("DeviceCMYK") == std::string::npos);
  CHECK(std::regex_search(qdf, std::regex("/Indexed\\s+/DeviceGray\\s+5\\s")));
  CHECK(contents.find(" g\n") != std::string::npos);
  CHECK(contents.find(" G\n") != std::string::npos);
  // page num type width height color: the colour images, each once, in grey; the palette PNG
  // indexed into grey; the soft mask of rgba.png.
  const std::string list = run_tool_on("pdfimages -list", pdf).out;
  const std::regex image_row("\n +1 +[0-9]+ +(image|smask) +[0-9]+ +[0-9]+ +(\\w+) ");
  int images = 0;
  for (std::sregex_iterator row(list.begin(), list.end(), image_row), end; row != end;
       ++row, ++images) {
    const std::string color = (*row)[2];
    CHECK_MESSAGE((color == "gray" || color == "index"), list);
  }
  CHECK(images == 7);  // six placements, one of them repeated, and a soft mask
}

}  // namespace
}  // namespace handout
