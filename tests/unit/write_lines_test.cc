#include <doctest/doctest.h>

#include <cmath>

#include "write_test_support.h"

namespace handout {
namespace {

using namespace write_test;

TEST_CASE("write: lines and boxes become stroke and fill operators in their own graphics state") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(DrawnBox{50, 100, 200, 40, Color{1, 0, 0}, {}, 0});
  document.pages[0].items.push_back(DrawnBox{50, 200, 200, 40, {}, Color{0, 0, 1}, 2});
  document.pages[0].items.push_back(DrawnLine{50, 300, 250, 300, 1, Color{0, 1, 0}, true});
  PdfFile pdf(written(document));
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
  const ToolOutput qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -");
  // y flipped: 841.89 - 100 - 40.
  CHECK(qdf.out.find("1 0 0 rg\n50 701.89 200 40 re\nf\nQ") != std::string::npos);
  CHECK(qdf.out.find("2 w\n0 0 1 RG\n50 601.89 200 40 re\nS\nQ") != std::string::npos);
  CHECK(qdf.out.find("[3 2] 0 d\n50 541.89 m\n250 541.89 l\nS\nQ") != std::string::npos);
}

TEST_CASE("write: a line or a box that is not finite is refused") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(DrawnLine{50, NAN, 250, 300, 1, {}, false});
  Diagnostics diagnostics;
  CHECK_FALSE(write_pdf(document, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "cannot write the PDF: a line has a non-finite end or a negative width on page 1");
  document.pages[0].items[0] = DrawnBox{50, 100, INFINITY, 40, Color{}, {}, 0};
  Diagnostics box_diagnostics;
  CHECK_FALSE(write_pdf(document, box_diagnostics).has_value());
  REQUIRE(box_diagnostics.all().size() == 1);
}

}  // namespace
}  // namespace handout
