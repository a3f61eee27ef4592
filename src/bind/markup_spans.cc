#include "bind/markup_spans.h"

namespace handout {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool same_marks(const InlineSpan& a, const InlineSpan& b) {
  return a.strong == b.strong && a.emphasis == b.emphasis && a.code == b.code && a.link == b.link;
}

}  // namespace

void append_span(InlineText& text, const InlineSpan& span) {
  if (span.text.empty()) return;
  if (!text.spans.empty()) {
    InlineSpan& last = text.spans.back();
    if (same_marks(last, span)) {
      last.text += span.text;
      return;
    }
  }
  text.spans.push_back(span);
}

bool SpanBuilder::at_line_start() const {
  return result_.spans.empty() || result_.spans.back().text.ends_with('\n');
}

void SpanBuilder::append(std::string_view text, const SpanMarks& marks) {
  InlineSpan span;
  span.text = std::string(text);
  span.strong = marks.strong;
  span.emphasis = marks.emphasis;
  span.code = marks.code;
  span.link = marks.link;
  append_span(result_, span);
}

void SpanBuilder::add_text(std::string_view text, const SpanMarks& marks) {
  for (size_t at = 0; at < text.size(); ++at) {
    if (is_space(text[at])) {
      // The space takes the marks of where it was written: "**a** b" has a plain space.
      if (!pending_space_ && !at_line_start()) space_marks_ = marks;
      pending_space_ = !at_line_start();
      continue;
    }
    if (pending_space_) append(" ", space_marks_);
    pending_space_ = false;
    size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    append(text.substr(at, end - at), marks);
    at = end - 1;
  }
}

void SpanBuilder::add_hard_break() {
  pending_space_ = false;
  if (at_line_start()) return;  // a break at the start or after another one sets no line
  const InlineSpan& last = result_.spans.back();
  append("\n", {last.strong, last.emphasis, last.code, last.link});
}

InlineText SpanBuilder::finish() {
  // A hard break at the end of a paragraph has no line to start (as in CommonMark).
  while (!result_.spans.empty()) {
    std::string& text = result_.spans.back().text;
    while (text.ends_with('\n')) text.pop_back();
    if (!text.empty()) break;
    result_.spans.pop_back();
  }
  return std::move(result_);
}

}  // namespace handout
