#pragma once

#include <string>
#include <vector>

namespace handout {

// A piece of running text with one set of inline marks (from the data's light markup:
// **strong**, *emphasis*, `code`, [label](url)). A '\n' inside `text` is a hard line break;
// every other run of white space has already been folded into one space.
struct InlineSpan {
  std::string text;
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  std::string link;  // the target URL; empty when the span is not a link

  bool operator==(const InlineSpan&) const = default;
};

// A paragraph's (or heading's, or caption's) text as spans, in reading order.
struct InlineText {
  std::vector<InlineSpan> spans;

  bool empty() const {
    for (const InlineSpan& span : spans) {
      if (!span.text.empty()) return false;
    }
    return true;
  }

  // The characters without their marks (hard breaks as spaces), e.g. for bookmarks.
  std::string plain_text() const {
    std::string plain;
    for (const InlineSpan& span : spans) plain += span.text;
    for (char& c : plain) {
      if (c == '\n') c = ' ';
    }
    return plain;
  }
};

// Text without marks: one plain span.
inline InlineText plain_inline_text(std::string text) {
  InlineText inline_text;
  if (text.empty()) return inline_text;
  InlineSpan span;
  span.text = std::move(text);
  inline_text.spans.push_back(std::move(span));
  return inline_text;
}

}  // namespace handout
