// libharu's limits (core/pdf_limits.h): a document at each limit is written, one past it never
// reaches libharu, and what the writer can do without (a /Kids or /W array too long, a link off
// the page) it does without.

#include <doctest/doctest.h>
#include <hpdf.h>

#include <string>

#include "core/pdf_limits.h"
#include "write/libharu_session.h"
#include "write/pdf_limits_check.h"
#include "write/width_runs.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::a4_page;
using write_test::line;
using write_test::PdfFile;
using write_test::run_tool_on;
using write_test::written;

// How many objects the PDF holds: libharu writes every one as "N 0 obj", none in object streams.
size_t object_count(const std::string& pdf) {
  size_t count = 0;
  for (size_t at = pdf.find(" 0 obj"); at != std::string::npos; at = pdf.find(" 0 obj", at + 1)) {
    ++count;
  }
  return count;
}

std::string qpdf_check(const std::string& pdf) {
  PdfFile file(pdf);
  return run_tool_on("qpdf --check", file).out;
}

LinkArea link_at(double y, const std::string& url = "https://example.org") {
  LinkArea link;
  link.x = 72;
  link.y = y;
  link.width = 50;
  link.height = 12;
  link.url = url;
  link.where = {"data.yaml", 4, 9};
  return link;
}

std::shared_ptr<RasterImage> grey_pixel(int shade) {
  auto image = std::make_shared<RasterImage>();
  image->source_path = "pixel.png";
  image->width = 1;
  image->height = 1;
  image->color_channels = 1;
  image->pixels = {static_cast<uint8_t>(shade)};
  return image;
}

LaidOutDocument with_links(size_t count) {
  LaidOutDocument document;
  document.pages = {a4_page()};
  for (size_t i = 0; i < count; ++i) document.pages[0].items.push_back(link_at(100));
  return document;
}

LaidOutDocument with_images(size_t count) {
  LaidOutDocument document;
  document.pages = {a4_page()};
  for (size_t i = 0; i < count; ++i) {
    PlacedImage placed{grey_pixel(static_cast<int>(i % 256)), 10, 10, 1, 1, ""};
    placed.where = {"template.yaml", 12, 7};
    document.pages[0].items.push_back(placed);
  }
  return document;
}

TEST_CASE("pdf limits: the core limits are libharu's and PDF's") {
  // The static_asserts in pdf_limits_check.cc compare them with hpdf_consts.h; these are the
  // numbers the messages and docs/errors.md quote.
  CHECK(kLargestPdfPage == 14400);
  CHECK(kSmallestPdfPage == 3);
  CHECK(kMostPdfStringBytes == 65535);
  CHECK(kMostPdfArrayElements == 32767);
  CHECK(kMostPdfDictionaryEntries == 4095);
  CHECK(is_pdf_page_side(3));
  CHECK(is_pdf_page_side(14400));
  CHECK_FALSE(is_pdf_page_side(2.99));
  CHECK_FALSE(is_pdf_page_side(14400.01));
  CHECK_FALSE(is_pdf_page_side(std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("pdf limits: a page holds 32767 links; one more is an error at the link") {
  written(with_links(kMostPdfArrayElements));  // libharu takes them (qpdf --check: 4 s more)

  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(with_links(kMostPdfArrayElements + 1), diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.kind == FailureKind::bad_input);
  CHECK(error.where.line == 4);
  CHECK(error.message == "page 1 has 32768 links, more than the 32767 a PDF page can hold");
}

TEST_CASE("pdf limits: a page shows 4095 different images; one more is an error at it") {
  const std::string pdf = written(with_images(kMostPdfDictionaryEntries));
  CHECK(qpdf_check(pdf).find("No syntax or stream encoding errors") != std::string::npos);
  LaidOutDocument same = with_images(1);
  for (int i = 0; i < 5000; ++i) same.pages[0].items.push_back(same.pages[0].items[0]);
  written(same);  // one image drawn 5001 times is one resource

  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(with_images(kMostPdfDictionaryEntries + 1), diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::bad_input);
  CHECK(diagnostics.all()[0].where.file == "template.yaml");
  CHECK(diagnostics.all()[0].message ==
        "page 1 shows 4096 different images, more than the 4095 a PDF page can hold");
}

TEST_CASE("pdf limits: strings at the limit are written; past it the writer is never reached") {
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.outline = {{std::string(kMostPdfTextUnits, 'x'), 1, 0, 10}};
  document.info.title = std::string(kMostPdfTextUnits, 't');
  document.info.keywords = std::string(kMostPdfTextUnits, 'k');
  document.pages[0].items.push_back(link_at(100, "https://e.org/" + std::string(65535 - 14, 'a')));
  const std::string pdf = written(document);
  CHECK(qpdf_check(pdf).find("No syntax or stream encoding errors") != std::string::npos);

  // Loading and binding refuse these with their positions (load_pdf_limits_test.cc); a document
  // that still has one is a bug, reported before libharu sees it.
  document.outline[0].title += "x";
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::internal);
  CHECK(diagnostics.all()[0].message ==
        "cannot write the PDF: a bookmark is 32767 characters long, more than the 32766 "
        "characters a PDF text string holds");
}

TEST_CASE("pdf limits: past 32767 pages, the page tree gets intermediate nodes") {
  LaidOutDocument document;
  document.pages.assign(kMostPdfArrayElements + 2, LaidOutPage{100, 100, {}});
  const std::string pdf = written(document);
  PdfFile file(pdf);
  CHECK(run_tool_on("qpdf --show-npages", file).out == "32769\n");
  CHECK(object_count(pdf) <= pdf_object_bound(document));
}

TEST_CASE("pdf limits: /W runs are cut to libharu's array length, or made dense") {
  CHECK(width_runs({}).empty());
  CHECK(width_runs({3, 4, 5, 9}) == std::vector<WidthRun>{{3, 3}, {9, 1}});
  std::set<uint32_t> long_stretch;
  for (uint32_t glyph = 0; glyph < 40000; ++glyph) long_stretch.insert(glyph);
  CHECK(width_runs(long_stretch) == std::vector<WidthRun>{{0, 32767}, {32767, 7233}});
  // Every other glyph of a 65536-glyph font: 32768 runs would need 65536 elements.
  std::set<uint32_t> scattered;
  for (uint32_t glyph = 0; glyph < 65536; glyph += 2) scattered.insert(glyph);
  CHECK(width_runs(scattered) == std::vector<WidthRun>{{0, 32767}, {32767, 32767}, {65534, 1}});
}

TEST_CASE("pdf limits: a font drawn with every other glyph id writes a valid /W") {
  TextRun run = line("x", 72, 100);
  run.glyphs.clear();
  for (uint32_t glyph = 0; glyph < 65536; glyph += 2) run.glyphs.push_back({glyph, 0, 1, 0, 0});
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.pages[0].items.push_back(run);
  const std::string pdf = written(document);
  CHECK(qpdf_check(pdf).find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("pdf limits: links off the media are left out, links across its edge cut to it") {
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.pages[0].items.push_back(link_at(1e6));   // a row that ran far off the page's foot
  document.pages[0].items.push_back(link_at(-1e6));  // and one far above it
  LinkArea across = link_at(835);                    // from 6.89pt above the foot to past it
  document.pages[0].items.push_back(across);
  LinkArea inside = link_at(100);
  inside.url.clear();  // a link within the document, to a place far off its page
  inside.target_y = 1e6;
  document.pages[0].items.push_back(inside);
  document.outline = {{"Far", 1, 0, -1e6}};
  const std::string pdf = written(document);
  CHECK(qpdf_check(pdf).find("No syntax or stream encoding errors") != std::string::npos);
  CHECK(object_count(pdf) <= pdf_object_bound(document));
  // Two annotations are left: the one across the edge and the internal one.
  size_t annots = 0;
  for (size_t at = pdf.find("/Subtype /Link"); at != std::string::npos;
       at = pdf.find("/Subtype /Link", at + 1)) {
    ++annots;
  }
  CHECK(annots == 2);
  CHECK(pdf.find("/Rect [ 72 0 122 6.8") != std::string::npos);
}

TEST_CASE("pdf limits: the object bound is at least what libharu writes") {
  LaidOutDocument document;
  document.pages = {a4_page(), a4_page()};
  document.pages[0].items.push_back(line("Bound", 72, 100));
  document.pages[0].items.push_back(
      line("Bold", 72, 120, 12, write_test::noto("NotoSans-Bold.ttf")));
  document.pages[0].items.push_back(link_at(100));
  LinkArea internal = link_at(200, "");
  internal.target_page = 1;
  document.pages[0].items.push_back(internal);
  auto masked = grey_pixel(9);
  masked->alpha = {128};
  document.pages[1].items.push_back(PlacedImage{masked, 10, 10, 20, 20, ""});
  document.pages[1].items.push_back(PlacedImage{grey_pixel(1), 40, 10, 20, 20, ""});
  document.outline = {{"One", 1, 0, 10}, {"Two", 2, 1, 10}};
  const std::string pdf = written(document);
  CHECK(object_count(pdf) <= pdf_object_bound(document));
  CHECK(object_count(pdf) + 20 >= pdf_object_bound(document));  // and not far above it
}

TEST_CASE("pdf limits: a libharu error names its code, its meaning and what was under way") {
  LibharuSession session;
  session.set_activity("sizing a test page");
  HPDF_Page page = session.check(HPDF_AddPage(session.doc()));
  REQUIRE(page != nullptr);
  CHECK_FALSE(session.check(HPDF_Page_SetWidth(page, 1)));
  CHECK(session.failure() ==
        "libharu error 0x1054 (the page size is out of range (3 to 14400 points)) while sizing a "
        "test page");
}

}  // namespace
}  // namespace handout
