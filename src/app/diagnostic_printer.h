#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// Prints diagnostics in one format:
//   file:line:col: error: message
//      12 |     descripton: x
//         |     ^
//   hint: did you mean 'description'?
// Source lines are read from the named files, each file once.
class DiagnosticPrinter {
 public:
  explicit DiagnosticPrinter(std::ostream& out) : out_(out) {}
  void print(const Diagnostic& diagnostic);

 private:
  const std::vector<std::string>& lines_of(const std::string& file);
  void print_source_excerpt(const SourceLocation& where);

  std::ostream& out_;
  std::map<std::string, std::vector<std::string>> file_lines_;
};

// "file:line:col" (or the parts of it that are known), or "handout" when nothing is.
std::string location_prefix(const SourceLocation& where);

}  // namespace handout
