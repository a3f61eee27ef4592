#pragma once

// Builders and tool runners shared by the writer tests: real Noto faces, hand-made laid-out
// documents, and the PDF read back with qpdf and poppler's command-line tools.

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>

#include "model/page_layout.h"
#include "test_fonts.h"
#include "text/font_face.h"
#include "text/shaper.h"
#include "write/pdf_writer.h"

namespace handout::write_test {

inline std::shared_ptr<const FontFace> noto(const std::string& file = "NotoSans-Regular.ttf") {
  return test_fonts::bundled(file);
}

// One shaped line, its baseline at `baseline` points from the top of the page.
inline TextRun line(const std::string& text, double x, double baseline, double size = 12,
                    std::shared_ptr<const FontFace> face = noto()) {
  TextRun run;
  run.face = std::move(face);
  run.size = size;
  run.x = x;
  run.baseline = baseline;
  run.text = text;
  run.glyphs = shape_text(*run.face, size, text).glyphs;
  return run;
}

inline LaidOutPage a4_page() {
  LaidOutPage page;
  page.width = 595.276;
  page.height = 841.89;
  return page;
}

inline std::string written(const LaidOutDocument& document) {
  Diagnostics diagnostics;
  std::optional<std::string> bytes = write_pdf(document, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.all()) INFO(diagnostic.message);
  CHECK(diagnostics.all().empty());
  REQUIRE(bytes.has_value());
  return *bytes;
}

// The PDF bytes in a file of their own for the tools, removed at scope exit.
class PdfFile {
 public:
  explicit PdfFile(const std::string& bytes) {
    static int counter = 0;
    path_ = (std::filesystem::temp_directory_path() /
             ("handout-write-test-" + std::to_string(getpid()) + "-" + std::to_string(++counter) +
              ".pdf"))
                .string();
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~PdfFile() { std::filesystem::remove(path_); }
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ToolOutput {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs a shell command (paths here never need quoting beyond single quotes).
inline ToolOutput run_tool(const std::string& command) {
  PdfFile err_file("");
  ToolOutput result;
  FILE* pipe = popen((command + " 2>'" + err_file.path() + "'").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) result.out.append(buffer, n);
  result.status = pclose(pipe);
  std::ifstream err(err_file.path(), std::ios::binary);
  result.err.assign(std::istreambuf_iterator<char>(err), {});
  return result;
}

inline ToolOutput run_tool_on(const std::string& tool, const PdfFile& pdf,
                              const std::string& after = "") {
  return run_tool(tool + " '" + pdf.path() + "'" + after);
}

}  // namespace handout::write_test
