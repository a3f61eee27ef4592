#pragma once

#include <string>
#include <string_view>

#include "model/inline_text.h"

namespace handout {

// The marks of a piece of parsed markup. A link's address is the parser's, shared by every
// piece of the link's label: copying it into each would cost the label's length times the
// address's.
struct SpanMarks {
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  const std::string* link = nullptr;  // null: not a link
};

// Collects parsed pieces into spans: folds white space across pieces into single spaces, trims
// the ends, keeps hard breaks as '\n' (without spaces around them) and merges neighbours with
// the same marks.
class SpanBuilder {
 public:
  void add_text(std::string_view text, const SpanMarks& marks);
  void add_hard_break();
  InlineText finish();

 private:
  void append(std::string_view text, const SpanMarks& marks);
  bool at_line_start() const;

  InlineText result_;
  SpanMarks last_marks_;  // of the last span
  bool pending_space_ = false;
  SpanMarks space_marks_;
};

}  // namespace handout
