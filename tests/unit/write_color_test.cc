#include <doctest/doctest.h>

#include "write/color_operators.h"
#include "write_test_support.h"

namespace handout {
namespace {

using namespace write_test;

TEST_CASE("write: each colour is set in its own colour space, for filling or stroking") {
  CHECK(color_operator(Color{1, 0, 0.5}, ColorUse::fill) == "1 0 0.5 rg\n");
  CHECK(color_operator(Color{1, 0, 0.5}, ColorUse::stroke) == "1 0 0.5 RG\n");
  const Color orange = cmyk_color({0, 0.4, 1, 0.05});
  CHECK(color_operator(orange, ColorUse::fill) == "0 0.4 1 0.05 k\n");
  CHECK(color_operator(orange, ColorUse::stroke) == "0 0.4 1 0.05 K\n");
  const Color gray{0.25, 0.25, 0.25, std::nullopt, true};
  CHECK(color_operator(gray, ColorUse::fill) == "0.25 g\n");
  CHECK(color_operator(gray, ColorUse::stroke) == "0.25 G\n");
  // Four decimals, clamped to 0..1.
  CHECK(color_operator(Color{26 / 255.0, 1.5, -0.1}, ColorUse::fill) == "0.102 1 0 rg\n");
}

TEST_CASE("write: CMYK text, lines and boxes print their inks") {
  const Color orange = cmyk_color({0, 0.4, 1, 0});
  const Color blue = cmyk_color({1, 0.5, 0, 0.2});
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  TextRun text = line("Ink", 50, 80);
  text.color = orange;
  document.pages[0].items.push_back(text);
  document.pages[0].items.push_back(DrawnBox{50, 100, 200, 40, orange, blue, 2});
  document.pages[0].items.push_back(DrawnLine{50, 300, 250, 300, 1, blue, false});
  PdfFile pdf(written(document));
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
  const std::string content = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(content.find("0 0.4 1 0 k\n1 0 0 1 50 761.89 Tm") != std::string::npos);
  CHECK(content.find("0 0.4 1 0 k\n2 w\n1 0.5 0 0.2 K\n50 701.89 200 40 re\nB\nQ") !=
        std::string::npos);
  CHECK(content.find("1 w\n1 0.5 0 0.2 K\n50 541.89 m") != std::string::npos);
  CHECK(content.find(" rg\n") == std::string::npos);
  CHECK(content.find(" RG\n") == std::string::npos);
}

}  // namespace
}  // namespace handout
