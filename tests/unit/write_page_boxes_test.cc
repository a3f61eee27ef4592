#include <doctest/doctest.h>

#include "write_test_support.h"

namespace handout {
namespace {

using namespace write_test;

// A page 200 x 100 with 9pt of bleed and a 20pt slug: media 258 x 158, its trim 29 in.
LaidOutDocument bled_document() {
  LaidOutDocument document;
  LaidOutPage page;
  page.width = 200;
  page.height = 100;
  page.bleed = 9;
  page.slug = 20;
  page.items.push_back(DrawnBox{-9, -9, 218, 118, Color{0.9, 0.8, 0.7}, std::nullopt});
  page.items.push_back(ClipBegin{0, 0, 100, 50});
  page.items.push_back(line("Clipped", 10, 30));
  page.items.push_back(ClipEnd{});
  page.items.push_back(LinkArea{10, 60, 50, 12, "https://example.org/"});
  document.pages.push_back(std::move(page));
  return document;
}

TEST_CASE("write boxes: the media holds trim, bleed and slug; TrimBox and BleedBox say which") {
  PdfFile pdf(written(bled_document()));
  ToolOutput boxes = run_tool_on("pdfinfo -box", pdf);
  CHECK(boxes.out.find("MediaBox:            0.00     0.00   258.00   158.00") !=
        std::string::npos);
  CHECK(boxes.out.find("BleedBox:           20.00    20.00   238.00   138.00") !=
        std::string::npos);
  CHECK(boxes.out.find("TrimBox:            29.00    29.00   229.00   129.00") !=
        std::string::npos);
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
}

TEST_CASE("write boxes: drawing moves onto the trim, links too, and clips are balanced") {
  PdfFile pdf(written(bled_document()));
  ToolOutput qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -");
  CHECK(qdf.out.find("q\n1 0 0 1 29 29 cm\n") != std::string::npos);
  CHECK(qdf.out.find("q\n0 50 100 50 re\nW\nn\n") != std::string::npos);  // y flipped in trim
  // The link: x 29 + 10, top 29 + 100 - 60.
  CHECK(qdf.out.find("/Rect [\n    39\n    57\n    89\n    69\n  ]") != std::string::npos);
  // The text reads back inside the trim, moved by the trim's origin.
  ToolOutput text = run_tool_on("pdftotext -bbox", pdf, " -");
  CHECK(text.out.find("xMin=\"39.") != std::string::npos);
}

TEST_CASE("write boxes: a page without bleed or slug has all its boxes equal") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  PdfFile pdf(written(document));
  ToolOutput boxes = run_tool_on("pdfinfo -box", pdf);
  CHECK(boxes.out.find("TrimBox:             0.00     0.00   595.28   841.89") !=
        std::string::npos);
  CHECK(boxes.out.find("BleedBox:            0.00     0.00   595.28   841.89") !=
        std::string::npos);
}

TEST_CASE("write boxes: a clip that ends without beginning is a failure, not a broken PDF") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(ClipEnd{});
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "cannot write the PDF: a clip ends that never began on page 1");
}

}  // namespace
}  // namespace handout
