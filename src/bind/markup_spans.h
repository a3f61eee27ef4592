#pragma once

#include <string>
#include <string_view>

#include "model/inline_text.h"

namespace handout {

// Appends `span` to `text`, merged into the last span when their marks are the same.
void append_span(InlineText& text, const InlineSpan& span);

// The marks of a piece of parsed markup.
struct SpanMarks {
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  std::string link;
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
  bool pending_space_ = false;
  SpanMarks space_marks_;
};

}  // namespace handout
