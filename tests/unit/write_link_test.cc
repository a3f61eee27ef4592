#include <doctest/doctest.h>

#include "core/percent_encoding.h"
#include "write/link_annotation.h"
#include "write_test_support.h"

namespace handout {
namespace {

using namespace write_test;

TEST_CASE("write: link URIs keep printable ASCII and percent-encode the rest") {
  CHECK(percent_encode_uri("https://example.org/a?b=c#d") == "https://example.org/a?b=c#d");
  CHECK(percent_encode_uri("https://example.org/caf\u00e9 (1)") ==
        "https://example.org/caf%C3%A9%20%281%29");
}

TEST_CASE("write: a link area becomes a borderless URI link annotation") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(line("handout docs", 72, 100));
  document.pages[0].items.push_back(LinkArea{72, 88, 80, 15, "https://example.org/docs"});
  PdfFile pdf(written(document));
  ToolOutput qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -");
  CHECK(qdf.out.find("/URI (https://example.org/docs)") != std::string::npos);
  CHECK(qdf.out.find("/Border [\n    0\n    0\n    0\n  ]") != std::string::npos);
  // The rectangle in PDF coordinates: y flipped from the top-left origin.
  CHECK(qdf.out.find("/Rect [\n    72\n    738.89") != std::string::npos);
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
}

TEST_CASE("write: a link to a page the document does not have is refused") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(LinkArea{72, 88, 80, 15, "", 2, 0});
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message == "cannot write the PDF: a link points to page 3 of 1");
}

TEST_CASE("write: a link without a url goes to its target page and height") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(line("Contents entry", 72, 100));
  document.pages[0].items.push_back(LinkArea{72, 88, 80, 15, "", 1, 141.89});
  PdfFile pdf(written(document));
  ToolOutput qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -");
  CHECK(qdf.out.find("/Subtype /Link") != std::string::npos);
  CHECK(qdf.out.find("/URI") == std::string::npos);
  // [page-2 /XYZ 0 top null], the top flipped: 841.89 - 141.89 = 700.
  CHECK(qdf.out.find("/XYZ\n  0\n  700\n  null\n]") != std::string::npos);
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
}

}  // namespace
}  // namespace handout
