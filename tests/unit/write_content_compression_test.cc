#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "write/pdf_writer.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::a4_page;
using write_test::line;
using write_test::PdfFile;
using write_test::run_tool_on;
using write_test::ToolOutput;

std::shared_ptr<const RasterImage> grey_square() {
  auto image = std::make_shared<RasterImage>();
  image->source_path = "square.png";
  image->width = 8;
  image->height = 8;
  image->color_channels = 1;
  image->pixels.assign(64, 90);
  return image;
}

// Twenty pages of text, with the same image on the first and the last.
LaidOutDocument twenty_pages() {
  LaidOutDocument document;
  const auto square = grey_square();
  for (int number = 1; number <= 20; ++number) {
    LaidOutPage page = a4_page();
    for (int row = 0; row < 30; ++row) {
      page.items.push_back(line("Page " + std::to_string(number) + " line " + std::to_string(row) +
                                    " of the content stream.",
                                72, 100 + 20 * row, 11));
    }
    if (number == 1 || number == 20) {
      page.items.push_back(PlacedImage{square, 72, 720, 40, 40});
    }
    document.pages.push_back(std::move(page));
  }
  return document;
}

std::string written_with(const LaidOutDocument& document, unsigned threads) {
  Diagnostics diagnostics;
  std::optional<std::string> bytes = write_pdf(document, diagnostics, {threads});
  CHECK(diagnostics.all().empty());
  REQUIRE(bytes.has_value());
  return *bytes;
}

size_t count_of(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST_CASE("write: page content is deflated the same on one thread and on several") {
  const LaidOutDocument document = twenty_pages();
  const std::string one = written_with(document, 1);
  CHECK(written_with(document, 2) == one);
  CHECK(written_with(document, 7) == one);
  CHECK(written_with(document, 0) == one);
  // Nothing of the operators shows in the file: every content stream is compressed.
  CHECK(one.find("] TJ") == std::string::npos);
  CHECK(one.find(" Do\n") == std::string::npos);
  CHECK(count_of(one, "/Filter /FlateDecode") >= 20);
}

TEST_CASE("write: deflated page content reads back as the text and the images") {
  PdfFile pdf(written_with(twenty_pages(), 3));
  ToolOutput check = run_tool_on("qpdf --check", pdf);
  CHECK(check.status == 0);
  CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
  const std::string text = run_tool_on("pdftotext -raw", pdf, " -").out;
  CHECK(count_of(text, " of the content stream.") == 20 * 30);
  CHECK(text.find("Page 20 line 29 of the content stream.") != std::string::npos);
  // Both placements of the one XObject are drawn: on page 1 and on page 20.
  const std::string images = run_tool_on("pdfimages -list", pdf).out;
  CHECK(images.find("\n   1     0 image") != std::string::npos);
  CHECK(images.find("\n  20     1 image") != std::string::npos);
  const std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(count_of(structure, "q\nBT\n") == 20 * 30);
  CHECK(count_of(structure, "40 0 0 40 72 81.89 cm\n/") == 2);
}

}  // namespace
}  // namespace handout
