#include "app/diagnostic_printer.h"

#include <fstream>

#include "core/utf8.h"

namespace handout {
namespace {

constexpr size_t kExcerptBytes = 100;  // around the column, so a 20,000-byte line stays readable

// The part of a source line to show, with its bytes that are not UTF-8 (or control characters
// other than tabs) replaced, so an excerpt never garbles the terminal. `column` is 1-based and
// is moved to where it lands in the excerpt.
std::string printable_excerpt(const std::string& line, int& column) {
  size_t begin = 0;
  if (column > 0 && static_cast<size_t>(column) > kExcerptBytes / 2) {
    begin = static_cast<size_t>(column) - kExcerptBytes / 2;
  }
  while (begin > 0 && begin < line.size() && (line[begin] & 0xC0) == 0x80) --begin;
  std::string excerpt = begin > 0 ? "..." : "";
  column += static_cast<int>(excerpt.size()) - static_cast<int>(begin);
  size_t at = begin;
  while (at < line.size() && at - begin < kExcerptBytes) {
    DecodedCharacter character = decode_first_character(std::string_view(line).substr(at));
    bool control = character.code_point < 0x20 && character.code_point != '\t';
    bool malformed = character.code_point == 0xFFFD && character.length == 1;
    excerpt += malformed || control ? "\uFFFD" : line.substr(at, character.length);
    at += character.length;
  }
  if (at < line.size()) excerpt += "...";
  return excerpt;
}

}  // namespace

std::string location_prefix(const SourceLocation& where) {
  if (where.file.empty()) return "handout";
  std::string prefix = where.file;
  if (where.has_position()) {
    prefix += ":" + std::to_string(where.line);
    if (where.column > 0) prefix += ":" + std::to_string(where.column);
  }
  return prefix;
}

const std::vector<std::string>& DiagnosticPrinter::lines_of(const std::string& file) {
  if (file_lines_.count(file) == 0 && file_lines_.size() >= kCachedFiles) {
    file_lines_.erase(files_read_.front());
    files_read_.pop_front();
  }
  auto [entry, inserted] = file_lines_.try_emplace(file);
  if (inserted) {
    files_read_.push_back(file);
    std::ifstream in(file, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      entry->second.push_back(std::move(line));
    }
  }
  return entry->second;
}

void DiagnosticPrinter::print_source_excerpt(const SourceLocation& where) {
  if (!where.has_position() || where.file.empty()) return;
  const std::vector<std::string>& lines = lines_of(where.file);
  if (where.line > static_cast<int>(lines.size())) return;
  int column = where.column;
  const std::string line = printable_excerpt(lines[where.line - 1], column);
  std::string number = std::to_string(where.line);
  out_ << " " << number << " | " << line << "\n";
  if (column < 1) return;
  // Keep tabs in the padding so the caret lines up under the column in any terminal.
  std::string padding;
  for (int i = 0; i + 1 < column && i < static_cast<int>(line.size()); ++i) {
    padding += line[i] == '\t' ? '\t' : ' ';
  }
  out_ << " " << std::string(number.size(), ' ') << " | " << padding << "^\n";
}

void DiagnosticPrinter::print(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
  out_ << location_prefix(diagnostic.where) << ": " << severity << ": " << diagnostic.message
       << "\n";
  print_source_excerpt(diagnostic.where);
  for (const std::string& hint : diagnostic.hints) out_ << "hint: " << hint << "\n";
}

}  // namespace handout
