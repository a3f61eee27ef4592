// Whole documents with every block kind, laid out and written, then read back with qpdf,
// poppler and zbar.

#include <doctest/doctest.h>

#include "image/qr_code.h"
#include "layout/layout_document.h"
#include "layout_test_support.h"
#include "write_test_support.h"

namespace handout {
namespace {

using layout_test::style;
using write_test::PdfFile;
using write_test::run_tool;
using write_test::run_tool_on;
using write_test::ToolOutput;

constexpr const char* kUrl = "https://example.org/handout?q=1";

DocTree every_block_document() {
  DocTree tree;
  tree.page = PageDef{};  // A4
  tree.page.columns = 2;
  tree.page.column_rule = RuleDef{0.5, {0.6, 0.6, 0.6}, false, {}};
  TocBlock toc;
  toc.entry_style = style();
  tree.blocks.push_back(toc);
  tree.blocks.push_back(BreakBlock{BreakBlock::Kind::column, {}});
  tree.blocks.push_back(plain_heading("Lists", style(14, 18), 1, {}));
  ListBlock list;
  list.style = style();
  list.entries = {{"\u2022", plain_inline_text("apples"), {}},
                  {"\u2022", plain_inline_text("pears"), {}}};
  tree.blocks.push_back(list);
  tree.blocks.push_back(BreakBlock{BreakBlock::Kind::page, {}});
  tree.blocks.push_back(plain_heading("Tables", style(14, 18), 1, {}));
  TableBlock table;
  table.columns = {{Measure::share(0.5), TextAlign::left}, {Measure::share(0.5), TextAlign::left}};
  table.header = {plain_inline_text("Name"), plain_inline_text("Use")};
  table.rows = {{plain_inline_text("cargo"), plain_inline_text("builds")}};
  table.header_style = table.cell_style = style();
  tree.blocks.push_back(table);
  RuleBlock rule;
  rule.rule = RuleDef{1, {0, 0, 0}, true, {}};
  tree.blocks.push_back(rule);
  CalloutBlock callout;
  callout.blocks = {plain_paragraph("boxed note", style(), {})};
  callout.background = Color{0.95, 0.93, 0.88};
  callout.border = Color{0.8, 0.75, 0.6};
  tree.blocks.push_back(callout);
  QrCodeBlock code;
  code.text = kUrl;
  code.size = 90;
  Diagnostics diagnostics;
  layout_test::test_images().add_qr_code(code.text, encode_qr_code(code.text, {}, diagnostics));
  tree.blocks.push_back(code);
  return tree;
}

std::string rendered_pdf() {
  Diagnostics diagnostics;
  const LaidOutDocument document =
      layout_document(every_block_document(), diagnostics, layout_test::test_options());
  std::optional<std::string> bytes = write_pdf(document, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.all()) INFO(diagnostic.message);
  CHECK(diagnostics.all().empty());
  REQUIRE(bytes.has_value());
  return *bytes;
}

TEST_CASE("render blocks: every block kind writes a valid PDF with its words in place") {
  PdfFile pdf(rendered_pdf());
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);
  const ToolOutput text = run_tool_on("pdftotext -layout", pdf, " -");
  for (const char* word : {"Lists", "apples", "Tables", "Name", "cargo", "boxed note"}) {
    INFO(word);
    CHECK(text.out.find(word) != std::string::npos);
  }
  // The contents on page 1, column 1 (its entry "Lists" first); the heading "Lists" after the
  // column break, in column 2 (x > half the page).
  const ToolOutput boxes = run_tool_on("pdftotext -bbox -f 1 -l 1", pdf, " -");
  const size_t entry = boxes.out.find(">Lists<");
  const size_t heading = boxes.out.rfind(">Lists<");
  REQUIRE(entry != heading);
  auto x_of = [&](size_t at) {
    return std::stod(boxes.out.substr(boxes.out.rfind("xMin=\"", at) + 6));
  };
  CHECK(x_of(entry) < 595.0 / 2);
  CHECK(x_of(heading) > 595.0 / 2);
}

TEST_CASE("render blocks: contents entries are links to their headings' pages") {
  PdfFile pdf(rendered_pdf());
  const ToolOutput qdf = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -");
  size_t links = 0;
  for (size_t at = qdf.out.find("/Subtype /Link"); at != std::string::npos;
       at = qdf.out.find("/Subtype /Link", at + 1)) {
    ++links;
  }
  CHECK(links == 2);
  CHECK(qdf.out.find("/Dest") != std::string::npos);
  // Lines (a dashed rule, column rules) and the callout's filled and stroked box.
  CHECK(qdf.out.find("[3 2] 0 d") != std::string::npos);
  CHECK(qdf.out.find(" re\nB\n") != std::string::npos);
}

TEST_CASE("render blocks: the QR code decodes back to its text") {
  if (run_tool("command -v zbarimg").status != 0) {
    MESSAGE("zbarimg (zbar-tools) is not installed: the QR code is not decoded");
    return;
  }
  PdfFile pdf(rendered_pdf());
  // At 150 dpi a module is 5 pixels: poppler scales the image up without smoothing it (it smooths
  // below 4 x), so the modules stay crisp.
  const std::string png_base = pdf.path() + "-page";
  CHECK(run_tool_on("pdftoppm -r 150 -png -f 2 -l 2", pdf, " '" + png_base + "'").status == 0);
  const std::string png = png_base + "-2.png";
  const ToolOutput decoded = run_tool("zbarimg --quiet --raw '" + png + "'");
  std::filesystem::remove(png);
  CHECK(decoded.out == std::string(kUrl) + "\n");
}

}  // namespace
}  // namespace handout
