#pragma once

#include <ostream>
#include <string>

#include "core/diagnostic.h"

namespace handout {

// Prints diagnostics in one format:
//   file:line:col: error: message
//      12 |     descripton: x
//         |     ^
//   hint: did you mean 'description'?
// The source line is the diagnostic's excerpt, taken from the text the loader read (see
// Diagnostics::keep_source): the printer never opens a file, so it cannot block on a named pipe
// or quote a file that changed since. Everything it prints from the inputs (file names, the
// message, the excerpt, the hints) goes through terminal_safe, so no message, however it was
// made, passes an escape sequence from a data file to the terminal.
class DiagnosticPrinter {
 public:
  explicit DiagnosticPrinter(std::ostream& out) : out_(out) {}
  void print(const Diagnostic& diagnostic);

 private:
  void print_source_excerpt(const Diagnostic& diagnostic);

  std::ostream& out_;
};

// "file:line:col" (or the parts of it that are known), or "handout" when nothing is; the file
// name made terminal_safe.
std::string location_prefix(const SourceLocation& where);

}  // namespace handout
