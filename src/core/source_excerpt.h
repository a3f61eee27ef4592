#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

// The text of a source file (data, template, partial) as the loader read it. Shared: the
// diagnostics of every document that uses the file quote it without a copy.
using SourceText = std::shared_ptr<const std::string>;

// The part of a source line a message quotes, as raw bytes: the printer makes it safe to print.
struct SourceExcerpt {
  std::string text;         // at most about kExcerptBytes of the line, cut at character boundaries
  int column = 0;           // 1-based byte of `text` the position points at; 0 when there is none
  bool cut_before = false;  // the line goes on before `text` ...
  bool cut_after = false;   // ... and after it
};

// Bytes of a line an excerpt keeps around its column: a 20,000-byte line stays readable.
inline constexpr size_t kExcerptBytes = 100;

// The excerpt of `line` (without its line break) around the 1-based byte `column` (0: from the
// start).
SourceExcerpt excerpt_of_line(std::string_view line, int column);

// Finds lines of one source text by number. Messages mostly come in the order of the text, so it
// goes on from the line it found last instead of counting from the start each time.
class SourceLines {
 public:
  explicit SourceLines(SourceText text) : text_(std::move(text)) {}

  // Line `number` (1-based) without its "\n" or "\r\n"; nothing past the end.
  std::optional<std::string_view> line(int number);
  const SourceText& text() const { return text_; }

 private:
  SourceText text_;
  int cursor_line_ = 1;       // a line whose start is known ...
  size_t cursor_offset_ = 0;  // ... and where it starts
};

}  // namespace handout
