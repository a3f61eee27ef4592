#include "load/yaml_quirks.h"

#include <string>
#include <vector>

namespace handout {
namespace {

// Whether the quoted text opened at `open` is closed before the end of `text`.
bool quote_is_closed(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t at = open + 1; at < text.size(); ++at) {
    if (quote == '"' && text[at] == '\\') {
      ++at;  // an escaped character, perhaps a quote
    } else if (text[at] == quote) {
      bool doubled = quote == '\'' && at + 1 < text.size() && text[at + 1] == '\'';
      if (!doubled) return true;
      ++at;  // '' is a quote inside single-quoted text
    }
  }
  return false;
}

// The value written last in the document: the last entry of the last entry of ... the root.
YAML::Node last_value(const YAML::Node& root) {
  // Node's operator= writes into the node it refers to; reset() only rebinds the handle.
  YAML::Node last;
  last.reset(root);
  while ((last.IsMap() || last.IsSequence()) && last.size() > 0) {
    YAML::Node next;
    for (YAML::const_iterator it = last.begin(); it != last.end(); ++it) {
      next.reset(last.IsMap() ? it->second : *it);
    }
    last.reset(next);
  }
  return last;
}

}  // namespace

std::optional<YAML::Mark> unclosed_final_quote(std::string_view text, const YAML::Node& root) {
  YAML::Node last = last_value(root);
  if (!last.IsScalar() || last.Tag() != "!") return std::nullopt;
  std::optional<size_t> open = offset_of(text, last.Mark().line, last.Mark().column);
  if (!open || *open >= text.size() || (text[*open] != '"' && text[*open] != '\'')) {
    return std::nullopt;  // block text (| or >), which needs no closing
  }
  if (quote_is_closed(text, *open)) return std::nullopt;
  return last.Mark();
}

std::optional<size_t> offset_of(std::string_view text, int line_index, int column) {
  size_t offset = 0;
  for (int line = 0; line < line_index; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return std::nullopt;
    ++offset;
  }
  return offset + static_cast<size_t>(column);
}

namespace {

// A small scanner for unclosed_flow_start: it knows just enough YAML to find flow brackets,
// skipping quoted text, comments and plain text in block context.
class FlowBracketScanner {
 public:
  explicit FlowBracketScanner(std::string_view text) : text_(text) {}

  std::optional<YAML::Mark> unclosed() {
    while (at_ < text_.size()) step();
    if (open_.empty()) return std::nullopt;
    return open_.front();
  }

 private:
  void step() {
    const char c = text_[at_];
    if (c == '\n') return next_line();
    if (c == '#' && (at_ == 0 || text_[at_ - 1] == ' ' || text_[at_ - 1] == '\t')) {
      return skip_to_line_end();
    }
    if ((c == '[' || c == '{') && (value_may_start_ || !open_.empty())) {
      open_.push_back(mark());
    } else if ((c == ']' || c == '}') && !open_.empty()) {
      open_.pop_back();
    } else if ((c == '"' || c == '\'') && (value_may_start_ || !open_.empty())) {
      return skip_quoted(c);
    } else if (open_.empty() && c != ' ' && c != '-' && c != ':' && c != '\t') {
      // Plain text in block context may hold brackets ("[Super]Computing"); a value cannot
      // start again before the next ': ' or line.
      value_may_start_ = false;
    }
    if (c == ':' || c == '-' || c == ',' || c == '[' || c == '{') value_may_start_ = true;
    advance();
  }

  void skip_quoted(char quote) {
    advance();
    while (at_ < text_.size() && text_[at_] != quote) {
      if (quote == '"' && text_[at_] == '\\') advance();
      if (at_ < text_.size() && text_[at_] == '\n') {
        next_line();
      } else {
        advance();
      }
    }
    advance();
    value_may_start_ = false;
  }

  void skip_to_line_end() {
    while (at_ < text_.size() && text_[at_] != '\n') advance();
  }

  void next_line() {
    ++at_;
    ++line_;
    column_ = 0;
    value_may_start_ = true;
  }

  void advance() {
    ++at_;
    ++column_;
  }

  YAML::Mark mark() const {
    YAML::Mark mark;
    mark.pos = static_cast<int>(at_);
    mark.line = line_;
    mark.column = column_;
    return mark;
  }

  std::string_view text_;
  size_t at_ = 0;
  int line_ = 0;
  int column_ = 0;
  bool value_may_start_ = true;
  std::vector<YAML::Mark> open_;
};

}  // namespace

std::optional<YAML::Mark> unclosed_flow_start(std::string_view text) {
  return FlowBracketScanner(text).unclosed();
}

}  // namespace handout
