#pragma once

#include <string>

namespace handout {

// Where a value came from. Lines and columns are 1-based; 0 means the position is unknown
// (a file that could not be parsed at all, or a value synthesised by a default).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  bool has_position() const { return line > 0; }
};

}  // namespace handout
