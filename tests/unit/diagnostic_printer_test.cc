#include "app/diagnostic_printer.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "app_test_support.h"

using namespace handout;

namespace {
SourceText text_of(std::string text) { return std::make_shared<const std::string>(text); }
}  // namespace

TEST_CASE("app: a diagnostic prints as file:line:col, the source line, a caret and hints") {
  Diagnostics diagnostics;
  diagnostics.keep_source("data.yaml", text_of("title: x\nitems:\n  - descripton: y\n"));
  diagnostics.error({"data.yaml", 3, 5}, "unknown key 'descripton' in item 1",
                    {"did you mean 'description'?"});
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print(diagnostics.all()[0]);
  CHECK(out.str() ==
        "data.yaml:3:5: error: unknown key 'descripton' in item 1\n"
        " 3 |   - descripton: y\n"
        "   |     ^\n"
        "hint: did you mean 'description'?\n");
}

TEST_CASE("app: a diagnostic without a position prints the file or 'handout'") {
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::warning, FailureKind::bad_input, {"a.png"}, "odd", {}});
  printer.print({Severity::error, FailureKind::bad_usage, {}, "unknown option '-x'", {}});
  CHECK(out.str() == "a.png: warning: odd\nhandout: error: unknown option '-x'\n");
}

TEST_CASE("app: an excerpt replaces bytes that are not UTF-8 and shortens long lines") {
  Diagnostics diagnostics;
  diagnostics.keep_source("long.yaml", text_of("ti\xfftle: x\n" + std::string(300, 'a') + "bc\n"));
  diagnostics.error({"long.yaml", 1, 3}, "bad byte");
  diagnostics.error({"long.yaml", 2, 301}, "here");
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  for (const Diagnostic& diagnostic : diagnostics.all()) printer.print(diagnostic);
  const std::string text = out.str();
  CHECK(text.find(" 1 | ti\uFFFDtle: x\n   |   ^\n") != std::string::npos);
  // Line 2 is cut to 100 bytes around column 301, and the caret still points at the 'b'.
  const std::string excerpt = "..." + std::string(49, 'a') + "bc";
  CHECK(text.find(" 2 | " + excerpt + "\n   | " + std::string(52, ' ') + "^\n") !=
        std::string::npos);
}

TEST_CASE("app: the caret counts characters, not bytes, before the column") {
  Diagnostics diagnostics;
  diagnostics.keep_source("u.yaml", text_of("tit\u00e9\tl\x1b: x\n"));
  diagnostics.error({"u.yaml", 1, 9}, "here");  // the ':' after two bytes of 'é', a tab and ESC
  std::ostringstream out;
  DiagnosticPrinter(out).print(diagnostics.all()[0]);
  CHECK(out.str() == "u.yaml:1:9: error: here\n 1 | tit\u00e9\tl\uFFFD: x\n   |     \t  ^\n");
}

TEST_CASE("app: the message, the file name and the hints reach the terminal without controls") {
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  printer.print({Severity::error,
                 FailureKind::bad_input,
                 {"da\x1b]0;x\ata.yaml", 2, 1},
                 "unknown field 'it\x1b[2Jems\u202e'",
                 {"did you mean '\u009b1mitems'?"}});
  CHECK(out.str() ==
        "da\uFFFD]0;x\uFFFDta.yaml:2:1: error: unknown field 'it\uFFFD[2Jems\uFFFD'\n"
        "hint: did you mean '\uFFFD1mitems'?\n");
}

TEST_CASE("app: the printer quotes what was read and never opens the file") {
  // A named pipe that nothing writes to: opening it to read would wait forever.
  const std::filesystem::path folder = fresh_folder("handout-printer-fifo");
  std::filesystem::create_directories(folder);
  const std::string pipe = (folder / "data.yaml").string();
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  Diagnostics diagnostics;
  diagnostics.keep_source(pipe, text_of("title: x\nitmes: []\n"));
  diagnostics.error({pipe, 2, 1}, "unknown field 'itmes'");
  diagnostics.error({(folder / "never-read.yaml").string(), 1, 1}, "no text kept: no excerpt");
  std::ostringstream out;
  DiagnosticPrinter printer(out);
  for (const Diagnostic& diagnostic : diagnostics.all()) printer.print(diagnostic);
  CHECK(out.str().find(" 2 | itmes: []\n") != std::string::npos);
  CHECK(out.str().find("never-read.yaml:1:1: error: no text kept: no excerpt\n") !=
        std::string::npos);
  CHECK(out.str().find(" 1 |") == std::string::npos);
  std::filesystem::remove_all(folder);
}
