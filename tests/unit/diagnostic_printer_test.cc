#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/diagnostic_printer.h"

using namespace handout;

TEST_CASE("app: a diagnostic prints as file:line:col, the source line, a caret and hints") {
  auto path = std::filesystem::temp_directory_path() / "handout-printer-test.yaml";
  std::ofstream(path) << "title: x\nitems:\n  - descripton: y\n";
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::error, FailureKind::bad_input, {path.string(), 3, 5},
                 "unknown key 'descripton' in item 1", {"did you mean 'description'?"}});
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
