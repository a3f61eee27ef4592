#include "app/diagnostic_printer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace handout;

TEST_CASE("app: a diagnostic prints as file:line:col, the source line, a caret and hints") {
  auto path = std::filesystem::temp_directory_path() / "handout-printer-test.yaml";
  std::ofstream(path) << "title: x\nitems:\n  - descripton: y\n";
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::error,
                 FailureKind::bad_input,
                 {path.string(), 3, 5},
                 "unknown key 'descripton' in item 1",
                 {"did you mean 'description'?"}});
  CHECK(out.str() == path.string() +
                         ":3:5: error: unknown key 'descripton' in item 1\n"
                         " 3 |   - descripton: y\n"
                         "   |     ^\n"
                         "hint: did you mean 'description'?\n");
  std::filesystem::remove(path);
}

TEST_CASE("app: a diagnostic without a position prints the file or 'handout'") {
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::warning, FailureKind::bad_input, {"a.png"}, "odd", {}});
  printer.print({Severity::error, FailureKind::bad_usage, {}, "unknown option '-x'", {}});
  CHECK(out.str() == "a.png: warning: odd\nhandout: error: unknown option '-x'\n");
}

TEST_CASE("app: an excerpt replaces bytes that are not UTF-8 and shortens long lines") {
  auto path = std::filesystem::temp_directory_path() / "handout-printer-long.yaml";
  std::ofstream(path, std::ios::binary) << "ti\xfftle: x\n" << std::string(300, 'a') << "bc\n";
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::error, FailureKind::bad_input, {path.string(), 1, 3}, "bad byte", {}});
  printer.print({Severity::error, FailureKind::bad_input, {path.string(), 2, 301}, "here", {}});
  const std::string text = out.str();
  CHECK(text.find(" 1 | ti\uFFFDtle: x\n") != std::string::npos);
  // Line 2 is cut to 100 bytes around column 301, and the caret still points at the 'b'.
  const std::string excerpt = "..." + std::string(49, 'a') + "bc";
  CHECK(text.find(" 2 | " + excerpt + "\n   | " + std::string(52, ' ') + "^\n") !=
        std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("app: the printer keeps the lines of its last few files only, and still prints each") {
  const auto folder = std::filesystem::temp_directory_path() / "handout-printer-many";
  std::filesystem::create_directories(folder);
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  size_t most = 0;
  bool every_excerpt = true;
  for (int n = 0; n < 40; ++n) {  // like a batch's broken data files, one message each
    const std::string path = (folder / ("bad-" + std::to_string(n) + ".yaml")).string();
    std::ofstream(path) << "title: document " << n << "\n";
    out.str("");
    printer.print({Severity::error, FailureKind::bad_input, {path, 1, 8}, "wrong", {}});
    every_excerpt = every_excerpt && out.str().find(" 1 | title: document " + std::to_string(n) +
                                                    "\n") != std::string::npos;
    most = std::max(most, printer.cached_files());
  }
  CHECK(every_excerpt);
  CHECK(most == DiagnosticPrinter::kCachedFiles);
  // A file dropped from the cache is read again, as it is now.
  const std::string first = (folder / "bad-0.yaml").string();
  std::ofstream(first) << "title: rewritten\n";
  out.str("");
  printer.print({Severity::error, FailureKind::bad_input, {first, 1, 8}, "wrong", {}});
  CHECK(out.str().find(" 1 | title: rewritten\n") != std::string::npos);
  std::filesystem::remove_all(folder);
}
