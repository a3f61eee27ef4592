#pragma once

#include <deque>
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
// Source lines are read from the named files and kept for the next diagnostics, of the last
// kCachedFiles files only: a batch prints the messages of thousands of data files, each about
// its own file, so keeping every file read would grow with the batch.
class DiagnosticPrinter {
 public:
  static constexpr size_t kCachedFiles = 8;

  explicit DiagnosticPrinter(std::ostream& out) : out_(out) {}
  void print(const Diagnostic& diagnostic);

  size_t cached_files() const { return file_lines_.size(); }

 private:
  const std::vector<std::string>& lines_of(const std::string& file);
  void print_source_excerpt(const SourceLocation& where);

  std::ostream& out_;
  std::map<std::string, std::vector<std::string>> file_lines_;
  std::deque<std::string> files_read_;  // the keys of file_lines_, oldest first
};

// "file:line:col" (or the parts of it that are known), or "handout" when nothing is.
std::string location_prefix(const SourceLocation& where);

}  // namespace handout
