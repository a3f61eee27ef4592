#include "bind/markup_spans.h"

namespace handout {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Two links to the same address are the same marks; the addresses are compared only where one
// link ends and another starts.
bool same_link(const std::string* a, const std::string* b) {
  if (a == b) return true;
  return a != nullptr && b != nullptr && *a == *b;
}

bool same_marks(const SpanMarks& a, const SpanMarks& b) {
  return a.strong == b.strong && a.emphasis == b.emphasis && a.code == b.code &&
         same_link(a.link, b.link);
}

}  // namespace

bool SpanBuilder::at_line_start() const {
  return result_.spans.empty() || result_.spans.back().text.ends_with('\n');
}

// Merged into the last span when their marks are the same.
void SpanBuilder::append(std::string_view text, const SpanMarks& marks) {
  if (text.empty()) return;
  if (!result_.spans.empty() && same_marks(last_marks_, marks)) {
    result_.spans.back().text += text;
    return;
  }
  InlineSpan span;
  span.text = std::string(text);
  span.strong = marks.strong;
  span.emphasis = marks.emphasis;
  span.code = marks.code;
  if (marks.link != nullptr) span.link = *marks.link;
  result_.spans.push_back(std::move(span));
  last_marks_ = marks;
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
  append("\n", last_marks_);
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
