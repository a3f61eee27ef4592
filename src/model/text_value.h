#pragma once

#include <string>

#include "core/source_location.h"

namespace handout {

// A text value from the data file with the position it was written at.
struct TextValue {
  std::string text;
  SourceLocation where;
  // Where the text stands in the source when it stands there verbatim (a one-line value without
  // escapes, or a literal `|` block): byte n of the text's line k (both from 0) is at line
  // text_line + k, column text_column + n. Both are 0 when the text differs from the source
  // (escapes, folded lines); then only `where` is known. Lets later stages point inside a value,
  // e.g. at an unclosed '**'.
  int text_line = 0;
  int text_column = 0;

  bool empty() const { return text.empty(); }
};

}  // namespace handout
