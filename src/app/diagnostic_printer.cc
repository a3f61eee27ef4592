#include "app/diagnostic_printer.h"

#include <fstream>

namespace handout {

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
  auto [entry, inserted] = file_lines_.try_emplace(file);
  if (inserted) {
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
  const std::string& line = lines[where.line - 1];
  std::string number = std::to_string(where.line);
  out_ << " " << number << " | " << line << "\n";
  if (where.column < 1) return;
  // Keep tabs in the padding so the caret lines up under the column in any terminal.
  std::string padding;
  for (int i = 0; i + 1 < where.column && i < static_cast<int>(line.size()); ++i) {
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
