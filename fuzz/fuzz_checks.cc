#include "fuzz_checks.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace handout::fuzz {
namespace {

[[noreturn]] void broken_promise(const char* stage, const std::string& what) {
  std::fprintf(stderr, "fuzz: %s: %s\n", stage, what.c_str());
  std::abort();
}

}  // namespace

void check_failure_is_reported(bool succeeded, const Diagnostics& diagnostics, const char* stage) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity != Severity::error) continue;
    if (diagnostic.kind == FailureKind::internal) {
      broken_promise(stage, "internal error: " + diagnostic.message);
    }
    if (diagnostic.message.empty()) broken_promise(stage, "an error without a message");
  }
  if (!succeeded && !diagnostics.has_errors()) broken_promise(stage, "failed without an error");
}

void check_pdf_bytes(std::string_view pdf) {
  constexpr std::string_view kHeader = "%PDF-";
  constexpr std::string_view kEnd = "%%EOF";
  if (pdf.substr(0, kHeader.size()) != kHeader) broken_promise("write", "no PDF header");
  if (pdf.find(kEnd, pdf.size() < 16 ? 0 : pdf.size() - 16) == std::string_view::npos) {
    broken_promise("write", "no %%EOF at the end");
  }
}

}  // namespace handout::fuzz
