#include "app/diagnostic_printer.h"

#include "core/terminal_text.h"
#include "core/utf8.h"

namespace handout {
namespace {

// The excerpt as printed, and the padding that puts a caret under its column: one space per
// character before it (a tab for a tab, so that the caret lines up in any terminal).
struct PrintedExcerpt {
  std::string line;
  std::string padding;
};

PrintedExcerpt printed(const SourceExcerpt& excerpt) {
  PrintedExcerpt result;
  if (excerpt.cut_before) {
    result.line = "...";
    result.padding = "   ";
  }
  const std::string_view text(excerpt.text);
  for (size_t at = 0; at < text.size();) {
    const size_t length = decode_first_character(text.substr(at)).length;
    if (static_cast<int>(at) + 1 < excerpt.column) result.padding += text[at] == '\t' ? '\t' : ' ';
    result.line += terminal_safe(text.substr(at, length));
    at += length;
  }
  if (excerpt.cut_after) result.line += "...";
  return result;
}

}  // namespace

std::string location_prefix(const SourceLocation& where) {
  if (where.file.empty()) return "handout";
  std::string prefix = terminal_safe(where.file);
  if (where.has_position()) {
    prefix += ":" + std::to_string(where.line);
    if (where.column > 0) prefix += ":" + std::to_string(where.column);
  }
  return prefix;
}

void DiagnosticPrinter::print_source_excerpt(const Diagnostic& diagnostic) {
  if (!diagnostic.excerpt) return;
  const PrintedExcerpt excerpt = printed(*diagnostic.excerpt);
  const std::string number = std::to_string(diagnostic.where.line);
  out_ << " " << number << " | " << excerpt.line << "\n";
  if (diagnostic.excerpt->column < 1) return;
  out_ << " " << std::string(number.size(), ' ') << " | " << excerpt.padding << "^\n";
}

void DiagnosticPrinter::print(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
  out_ << location_prefix(diagnostic.where) << ": " << severity << ": "
       << terminal_safe(diagnostic.message) << "\n";
  print_source_excerpt(diagnostic);
  for (const std::string& hint : diagnostic.hints) out_ << "hint: " << terminal_safe(hint) << "\n";
}

}  // namespace handout
