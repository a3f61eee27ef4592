#include <doctest/doctest.h>

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

TEST_CASE("write: a link without a target is refused") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(LinkArea{72, 88, 80, 15, ""});
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "cannot write the PDF: a link has no target on page 1");
}

}  // namespace
}  // namespace handout
