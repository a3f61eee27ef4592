#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "write/pdf_writer.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::a4_page;
using write_test::line;

// Writing must fail with exactly one internal error and this message.
void check_fails_with(const LaidOutDocument& document, const std::string& message) {
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.kind == FailureKind::internal);
  CHECK(error.message == message);
}

LaidOutDocument one_page(PageItem item) {
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.pages[0].items = {std::move(item)};
  return document;
}

std::shared_ptr<RasterImage> grey_image(int width, int height) {
  auto image = std::make_shared<RasterImage>();
  image->source_path = "figure.png";
  image->width = width;
  image->height = height;
  image->color_channels = 1;
  image->pixels.assign(static_cast<size_t>(width) * height, 128);
  return image;
}

TEST_CASE("write: a page size PDF does not allow never reaches libharu") {
  // The template's page size and the printed sheets' are checked where they are written
  // (load_pdf_limits_test.cc, impose_sheet_size_test.cc); a page that still has one is a bug.
  LaidOutDocument document = one_page(line("Fine", 10, 10));
  document.pages.push_back(a4_page());
  document.pages[1].width = 1;
  check_fails_with(document, "cannot write the PDF: page 2 cannot be 1 by 841.89 points");
}

TEST_CASE("write: a page size that is not a number never reaches libharu") {
  LaidOutDocument document = one_page(line("Fine", 10, 10));
  document.pages[0].height = std::numeric_limits<double>::quiet_NaN();
  check_fails_with(document, "cannot write the PDF: page 1 cannot be 595.276 by nan points");
}

TEST_CASE("write: a document without pages is an internal error") {
  check_fails_with(LaidOutDocument{}, "cannot write the PDF: the document has no pages");
}

TEST_CASE("write: layout output that cannot be drawn is reported, not drawn") {
  SUBCASE("a bookmark to a page that does not exist") {
    LaidOutDocument document = one_page(line("Text", 72, 100));
    document.outline = {{"Lost", 1, 2, 100}};
    check_fails_with(document, "cannot write the PDF: the bookmark 'Lost' points to page 3 of 1");
  }
  SUBCASE("a run without a face") {
    TextRun run = line("Text", 72, 100);
    run.face = nullptr;
    check_fails_with(one_page(run), "cannot write the PDF: a text run has no font on page 1");
  }
  SUBCASE("a run at a position that is not a number") {
    TextRun run = line("Text", 72, 100);
    run.baseline = std::numeric_limits<double>::quiet_NaN();
    check_fails_with(one_page(run),
                     "cannot write the PDF: a text run has a non-finite position or a size that "
                     "is not positive on page 1");
  }
  SUBCASE("an image placed at infinity") {
    PlacedImage placed{grey_image(2, 2), 0, std::numeric_limits<double>::infinity(), 10, 10, ""};
    check_fails_with(one_page(placed),
                     "cannot write the PDF: the image 'figure.png' has a non-finite position or "
                     "size on page 1");
  }
  SUBCASE("pixels that do not fill the image") {
    auto image = grey_image(4, 4);
    image->pixels.resize(15);
    check_fails_with(one_page(PlacedImage{image, 0, 0, 10, 10, ""}),
                     "cannot write the PDF: the decoded image 'figure.png' has the wrong number "
                     "of colour samples for its size");
  }
  SUBCASE("an alpha channel that does not fit the image") {
    auto image = grey_image(4, 4);
    image->alpha.resize(3);
    check_fails_with(one_page(PlacedImage{image, 0, 0, 10, 10, ""}),
                     "cannot write the PDF: the decoded image 'figure.png' has the wrong number "
                     "of alpha samples for its size");
  }
  SUBCASE("JPEG bytes libharu cannot read") {
    auto image = grey_image(4, 4);
    image->pixels.clear();
    image->source_path = "photo.jpg";
    image->jpeg_bytes = "not a JPEG at all";
    check_fails_with(one_page(PlacedImage{image, 0, 0, 10, 10, ""}),
                     "cannot write the PDF: libharu rejected the JPEG data of the image "
                     "'photo.jpg'");
  }
}

TEST_CASE("write: a run without glyphs draws nothing and embeds no font") {
  TextRun empty = line("", 72, 100);
  Diagnostics diagnostics;
  std::optional<std::string> bytes = write_pdf(one_page(empty), diagnostics);
  REQUIRE(bytes.has_value());
  CHECK(diagnostics.all().empty());
  CHECK(bytes->find("/FontFile2") == std::string::npos);
}

}  // namespace
}  // namespace handout
