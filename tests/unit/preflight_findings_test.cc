#include <doctest/doctest.h>

#include "preflight/budget_findings.h"
#include "preflight/color_findings.h"
#include "preflight/figure_findings.h"
#include "preflight/font_findings.h"
#include "preflight/glyph_findings.h"
#include "preflight/note_findings.h"
#include "preflight/preflight_report.h"
#include "test_fonts.h"
#include "text/shaper.h"

namespace handout {
namespace {

TextRun run_of(const std::string& text, Color color = {},
               std::shared_ptr<const FontFace> face = test_fonts::bundled()) {
  TextRun run;
  run.face = face;
  run.text = text;
  run.color = color;
  run.glyphs = shape_text(*face, 10, text).glyphs;
  return run;
}

std::shared_ptr<const RasterImage> image_of(int width, int channels) {
  auto raster = std::make_shared<RasterImage>();
  raster->width = width;
  raster->height = width / 2;
  raster->color_channels = channels;
  return raster;
}

// A figure `points` wide of an image `pixels` wide.
PlacedImage figure(int pixels, double points, std::string alt = "a chart", int channels = 3) {
  PlacedImage placed{image_of(pixels, channels), 10, 10, points, points / 2, std::move(alt)};
  placed.figure_path = "chart.png";
  placed.where = {"data.yaml", 3, 9};
  return placed;
}

LaidOutDocument pages_of(std::vector<std::vector<PageItem>> pages) {
  LaidOutDocument document;
  for (auto& items : pages) document.pages.push_back({595, 842, std::move(items)});
  return document;
}

const PreflightFinding* find(const std::vector<PreflightFinding>& findings,
                             const std::string& kind) {
  for (const PreflightFinding& finding : findings) {
    if (finding.kind == kind) return &finding;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("preflight: layout's notes become findings on their pages, judged by kind") {
  const std::vector<LayoutNote> notes = {
      {LayoutNote::Kind::broken_word, 0, "0123", "the word '0123' ...", {"data.yaml", 4, 18}},
      {LayoutNote::Kind::loose_line, 1, "Rust", "the justified line ...", {"data.yaml", 5, 1}},
      {LayoutNote::Kind::overfull_line, 1, "Rust", "the line ...", {}},
      {LayoutNote::Kind::heading_moved, 2, "Web", "the heading 'Web' moved ...", {}},
      {LayoutNote::Kind::heading_alone, 2, "Web", "the heading 'Web' ends ...", {}},
      {LayoutNote::Kind::missing_glyph, 2, "NotoSans-Regular U+4E2D", "...", {}}};
  const std::vector<PreflightFinding> findings = note_findings(notes);
  REQUIRE(findings.size() == 5);  // missing glyphs are glyph_findings'
  CHECK(findings[0].kind == "broken-word");
  CHECK(findings[0].severity == FindingSeverity::warning);
  CHECK(findings[0].page == 1);
  CHECK(findings[0].where.line == 4);
  CHECK(findings[0].message == "the word '0123' ...");
  CHECK(findings[1].kind == "loose-line");
  CHECK(findings[1].severity == FindingSeverity::info);
  CHECK(findings[2].kind == "overfull-line");
  CHECK(findings[2].severity == FindingSeverity::warning);
  CHECK(findings[3].kind == "heading-moved");
  CHECK(findings[3].severity == FindingSeverity::info);
  CHECK(findings[3].page == 3);
  CHECK(findings[4].kind == "heading-alone");
  CHECK(findings[4].severity == FindingSeverity::warning);
}

TEST_CASE("preflight: each figure's resolution where it is printed, a warning under 150 dpi") {
  // 96 pixels over 166 mm is 15 dpi; 1900 over 166 mm is 291 dpi.
  const LaidOutDocument document = pages_of({{figure(1900, 470.55)}, {figure(96, 470.55)}});
  const std::vector<PreflightFinding> findings = figure_findings(document);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].page == 1);
  CHECK(findings[0].severity == FindingSeverity::info);
  CHECK(findings[0].message == "figure 'chart.png' is printed at 291 dpi (1900 pixels over 166mm)");
  CHECK(findings[0].where.line == 3);
  CHECK(findings[1].page == 2);
  CHECK(findings[1].severity == FindingSeverity::warning);
  CHECK(findings[1].message ==
        "figure 'chart.png' is printed at 15 dpi: its 96 pixels are "
        "stretched over 166mm, so it looks blurred on paper");
}

TEST_CASE("preflight: a figure without alt text is a warning; a QR code is no figure") {
  PlacedImage code = figure(25, 72, "QR code: https://example.org");
  code.figure_path.clear();
  const LaidOutDocument document = pages_of({{figure(1900, 300, "  "), code}});
  const std::vector<PreflightFinding> findings = figure_findings(document);
  REQUIRE(findings.size() == 2);
  const PreflightFinding* missing = find(findings, "missing-alt");
  REQUIRE(missing != nullptr);
  CHECK(missing->severity == FindingSeverity::warning);
  CHECK(missing->message.rfind("figure 'chart.png' has no alt text", 0) == 0);
  CHECK(missing->where.line == 3);
}

TEST_CASE("preflight: a missing character is found once per page, at the text layout noted") {
  LaidOutDocument document = pages_of(
      {{run_of("中 and 中"), run_of("more 中")}, {run_of("中 in a footer")}, {run_of("ok")}});
  document.notes.push_back(
      {LayoutNote::Kind::missing_glyph, 0, "NotoSans-Regular U+4E2D", "", {"data.yaml", 6, 18}});
  const std::vector<PreflightFinding> findings = glyph_findings(document);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].page == 1);
  CHECK(findings[0].kind == "missing-glyph");
  CHECK(findings[0].severity == FindingSeverity::warning);
  CHECK(findings[0].message == "the font 'NotoSans-Regular' has no glyph for U+4E2D '中'");
  CHECK(findings[0].where.line == 6);
  CHECK(findings[1].page == 2);
  CHECK_FALSE(findings[1].where.has_position());  // no note: set after layout's notes
}

TEST_CASE("preflight: a page names its first 20 missing characters, and counts the rest") {
  std::string cjk;  // 30 distinct characters the bundled face lacks, U+4E00..U+4E1D
  for (char32_t c = 0x4E00; c < 0x4E1E; ++c) {
    cjk += static_cast<char>(0xE0 | (c >> 12));
    cjk += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    cjk += static_cast<char>(0x80 | (c & 0x3F));
  }
  const LaidOutDocument document = pages_of({{run_of(cjk)}, {run_of("ok")}});
  const std::vector<PreflightFinding> findings = glyph_findings(document);
  REQUIRE(findings.size() == 21);
  CHECK(findings[19].message == "the font 'NotoSans-Regular' has no glyph for U+4E13 '专'");
  CHECK(findings[20].page == 1);
  CHECK(findings[20].kind == "missing-glyph");
  CHECK(findings[20].message ==
        "10 more characters on this page have no glyph in their fonts: only the first 20 "
        "are named");
}

TEST_CASE("preflight: which colours print as given in each job colour mode") {
  const Color srgb_red{1, 0, 0};
  const Color srgb_grey{0.5, 0.5, 0.5};
  Color ink_black;
  ink_black.cmyk = CmykColor{0, 0, 0, 1};
  Color ink_orange;
  ink_orange.cmyk = CmykColor{0, 0.4, 1, 0};
  CHECK(prints_as_given(srgb_red, JobColorMode::rgb));
  CHECK(prints_as_given(ink_orange, JobColorMode::rgb));
  CHECK_FALSE(prints_as_given(srgb_red, JobColorMode::cmyk));
  CHECK_FALSE(prints_as_given(srgb_grey, JobColorMode::cmyk));
  CHECK(prints_as_given(ink_orange, JobColorMode::cmyk));
  CHECK_FALSE(prints_as_given(srgb_red, JobColorMode::gray));
  CHECK(prints_as_given(srgb_grey, JobColorMode::gray));
  CHECK(prints_as_given(ink_black, JobColorMode::gray));
  CHECK_FALSE(prints_as_given(ink_orange, JobColorMode::gray));
}

TEST_CASE("preflight: a job is grey under --grayscale, CMYK when its pages carry inks") {
  Color ink;
  ink.cmyk = CmykColor{0, 0, 0, 1};
  const LaidOutDocument srgb = pages_of({{run_of("Title", Color{1, 0, 0})}});
  const LaidOutDocument inked = pages_of({{run_of("Title")}, {DrawnBox{0, 0, 9, 9, {}, ink, 1}}});
  CHECK(job_color_mode(false, srgb) == JobColorMode::rgb);
  CHECK(job_color_mode(false, inked) == JobColorMode::cmyk);
  CHECK(job_color_mode(true, inked) == JobColorMode::gray);
}

TEST_CASE("preflight: sRGB content in a CMYK job, per page and colour, and RGB images") {
  Color ink;
  ink.cmyk = CmykColor{1, 0.6, 0, 0.1};
  const Color navy{0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0};
  const LaidOutDocument document = pages_of(
      {{run_of("Title", navy), run_of("Body", ink), DrawnLine{0, 0, 100, 0, 0.5, navy, false},
        DrawnBox{0, 0, 10, 10, ink, navy, 1}, figure(1900, 300), figure(1900, 300, "grey", 1)},
       {run_of("Body", ink)}});
  const std::vector<TemplateColor> written = {{ink, "style 'body'", {"template.yaml", 9, 5}},
                                              {navy, "style 'title'", {"template.yaml", 12, 12}}};
  const std::vector<PreflightFinding> findings =
      color_findings(document, JobColorMode::cmyk, written);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].kind == "rgb-image");
  CHECK(findings[0].page == 1);
  CHECK(findings[0].message ==
        "figure 'chart.png' is an RGB image, in a CMYK job: the press "
        "converts it to inks as it sees fit");
  CHECK(findings[0].where.line == 3);
  CHECK(findings[1].kind == "rgb-color");
  CHECK(findings[1].severity == FindingSeverity::warning);
  CHECK(findings[1].message ==
        "text, lines and boxes in the sRGB colour #1f4e79 (style 'title'), in a CMYK job: the "
        "press converts it to inks as it sees fit");
  CHECK(findings[1].where.line == 12);  // the template's colour, to be changed there
  CHECK(color_findings(document, JobColorMode::rgb).empty());
}

TEST_CASE("preflight: colour in a greyscale job; greys and black ink are fine") {
  Color ink_black;
  ink_black.cmyk = CmykColor{0, 0, 0, 1};
  const LaidOutDocument document =
      pages_of({{run_of("red", Color{1, 0, 0}), run_of("grey", Color{0.5, 0.5, 0.5}),
                 run_of("ink", ink_black), figure(1900, 300, "grey", 1)}});
  const std::vector<PreflightFinding> findings = color_findings(document, JobColorMode::gray);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "text in the colour #ff0000, in a greyscale job: the printer turns "
        "it into a grey of its own choosing");
}

TEST_CASE("preflight: every font used, how it is embedded and on which pages") {
  const auto regular = test_fonts::bundled();
  const auto bold = test_fonts::bundled("NotoSans-Bold.ttf");
  const LaidOutDocument document = pages_of({{run_of("One", {}, regular)},
                                             {run_of("Two", {}, bold)},
                                             {run_of("Three", {}, regular)},
                                             {run_of("Four", {}, regular)}});
  const std::vector<FontEmbedding> fonts = {{regular, "ABCDEF+NotoSans-Regular", 12, true, true}};
  const std::vector<PreflightFinding> findings = font_findings(document, fonts);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].page == 0);
  CHECK(findings[0].kind == "font");
  CHECK(findings[0].severity == FindingSeverity::info);
  CHECK(findings[0].message ==
        "font 'NotoSans-Regular' is embedded, subset (12 glyphs, as "
        "ABCDEF+NotoSans-Regular), on pages 1, 3-4");
  CHECK(findings[0].where.file == regular->path());
  CHECK(findings[1].severity == FindingSeverity::warning);
  CHECK(findings[1].message ==
        "font 'NotoSans-Bold' is not embedded, on page 2: the printer "
        "substitutes a font of its own");
}

TEST_CASE("preflight: page ranges join consecutive pages") {
  CHECK(page_ranges({1}) == "1");
  CHECK(page_ranges({1, 2, 3}) == "1-3");
  CHECK(page_ranges({1, 2, 4, 6, 7}) == "1-2, 4, 6-7");
}

TEST_CASE("preflight: the page budget, kept or overrun") {
  CHECK(budget_findings(3, {}).empty());
  const SourceLocation fit{"template.yaml", 33, 3};
  const auto kept = budget_findings(2, {2, {"text size 92%"}, fit});
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].page == 0);
  CHECK(kept[0].severity == FindingSeverity::info);
  CHECK(kept[0].message ==
        "the document takes 2 pages of the 2 pages the template's fit allows, with text size 92%");
  const auto over = budget_findings(3, {1, {"text size 85%", "leading 90%"}, {}});
  REQUIRE(over.size() == 1);
  CHECK(over[0].page == 2);  // the first page past the budget
  CHECK(over[0].severity == FindingSeverity::error);
  CHECK(over[0].message ==
        "the document takes 3 pages, 2 more than the 1 page --fit-pages "
        "allows, even with every fit step at its limit (text size 85%, "
        "leading 90%)");
}

TEST_CASE("preflight: the report lists the document's findings first, then page by page") {
  LaidOutDocument document = pages_of({{run_of("中")}, {figure(96, 470.55, "")}});
  document.notes.push_back({LayoutNote::Kind::heading_moved, 1, "Web", "moved", {}});
  const std::vector<FontEmbedding> fonts = {
      {test_fonts::bundled(), "ABCDEF+NotoSans-Regular", 3, true, true}};
  const PreflightReport report =
      preflight_report({document, &fonts, {1, {}, {}}, JobColorMode::cmyk});
  CHECK(report.page_count == 2);
  std::vector<std::pair<size_t, std::string>> order;
  for (const PreflightFinding& finding : report.findings)
    order.push_back({finding.page, finding.kind});
  const std::vector<std::pair<size_t, std::string>> expected = {
      {0, "font"},          {1, "missing-glyph"},     {1, "rgb-color"},   {2, "page-budget"},
      {2, "heading-moved"}, {2, "figure-resolution"}, {2, "missing-alt"}, {2, "rgb-image"}};
  CHECK(order == expected);
  CHECK(report.count(FindingSeverity::error) == 1);
  CHECK(report.count(FindingSeverity::info) == 2);
  CHECK(report.count(FindingSeverity::warning) == 5);
  // Not written (over its budget): how the fonts are embedded is not known, so not reported.
  CHECK(find(preflight_report({document, nullptr, {}, JobColorMode::rgb}).findings, "font") ==
        nullptr);
}

}  // namespace handout
