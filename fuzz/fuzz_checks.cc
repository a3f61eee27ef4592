#include "fuzz_checks.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace handout::fuzz {
namespace {

[[noreturn]] void broken_promise(const char* stage, const std::string& what) {
  std::fprintf(stderr, "fuzz: %s: %s\n", stage, what.c_str());
  std::abort();
}

// The bytes around `at`, with the unprintable ones as \xNN, for a message.
std::string excerpt_around(std::string_view text, size_t at) {
  const size_t begin = at > 20 ? at - 20 : 0;
  std::string excerpt;
  for (char c : text.substr(begin, 40)) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F) {
      excerpt += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
      excerpt += escaped;
    }
  }
  return excerpt;
}

// A dependency file's path as make reads it: "\ " is a space, "\#" a '#', "\:" a ':', "$$" a '$'.
std::string unescaped_depfile_path(std::string_view escaped) {
  std::string path;
  for (size_t i = 0; i < escaped.size(); ++i) {
    const bool pair = i + 1 < escaped.size();
    if (pair && escaped[i] == '\\' &&
        (escaped[i + 1] == ' ' || escaped[i + 1] == '#' || escaped[i + 1] == ':')) {
      continue;
    }
    if (pair && escaped[i] == '$' && escaped[i + 1] == '$') ++i;
    path += escaped[i];
  }
  return path;
}

bool is_stream_path(const std::string& path) { return path == "-" || path.starts_with("/dev/"); }

// Whether the line starts "TARGET:" (then a space or its end) for a TARGET that exists.
bool starts_with_rule_target(std::string_view line,
                             const std::function<bool(const std::string&)>& exists) {
  for (size_t colon = line.find(':'); colon != std::string_view::npos;
       colon = line.find(':', colon + 1)) {
    if (colon + 1 < line.size() && line[colon + 1] != ' ') continue;
    const std::string target = unescaped_depfile_path(line.substr(0, colon));
    if (!target.empty() && (is_stream_path(target) || exists(target))) return true;
  }
  return false;
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

std::string pdf_structure_problem(std::string_view pdf) {
  constexpr std::string_view kHeader = "%PDF-";
  constexpr std::string_view kEnd = "%%EOF";
  constexpr std::string_view kStartXref = "startxref";
  if (!pdf.starts_with(kHeader)) return "no PDF header";
  if (pdf.find(kEnd, pdf.size() < 16 ? 0 : pdf.size() - 16) == std::string_view::npos) {
    return "no %%EOF at the end";
  }
  const size_t start_xref = pdf.rfind(kStartXref);
  if (start_xref == std::string_view::npos) return "no startxref";
  size_t at = start_xref + kStartXref.size();
  while (at < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[at]))) ++at;
  size_t offset = 0;
  const size_t digits_start = at;
  while (at < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[at])) &&
         at < digits_start + 12) {
    offset = offset * 10 + static_cast<size_t>(pdf[at++] - '0');
  }
  if (at == digits_start) return "startxref without an offset";
  if (pdf.substr(std::min(offset, pdf.size()), 4) != "xref") {
    return "startxref gives offset " + std::to_string(offset) + ", where no xref table starts";
  }
  return "";
}

void check_pdf_bytes(std::string_view pdf) {
  const std::string problem = pdf_structure_problem(pdf);
  if (!problem.empty()) broken_promise("write", problem);
}

std::string depfile_problem(std::string_view depfile,
                            const std::function<bool(const std::string&)>& exists) {
  if (!depfile.empty() && !depfile.ends_with('\n')) return "the dependency file ends inside a line";
  size_t line_number = 0;
  for (size_t start = 0; start < depfile.size();) {
    const size_t end = depfile.find('\n', start);
    const std::string_view line = depfile.substr(start, end - start);
    ++line_number;
    if (!starts_with_rule_target(line, exists)) {
      return "line " + std::to_string(line_number) +
             " of the dependency file is not a rule for a file that exists (a path with a newline "
             "in it?): '" +
             excerpt_around(line, 0) + "'";
    }
    start = end + 1;
  }
  return "";
}

std::string control_character_problem(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    const unsigned char byte = static_cast<unsigned char>(text[at]);
    const bool c0 = byte < 0x20 && byte != '\t' && byte != '\n';
    const bool c1 = byte == 0xC2 && at + 1 < text.size() &&
                    static_cast<unsigned char>(text[at + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[at + 1]) <= 0x9F;
    if (c0 || c1 || byte == 0x7F) {
      return "a control character at byte " + std::to_string(at) + ": '" +
             excerpt_around(text, at) + "'";
    }
  }
  return "";
}

}  // namespace handout::fuzz
