#include "core/whitespace.h"

namespace handout {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// True when text[at] starts a line break followed by only blanks up to another line break.
bool starts_blank_line(std::string_view text, size_t at) {
  if (text[at] != '\n') return false;
  for (size_t i = at + 1; i < text.size() && is_space(text[i]); ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

}  // namespace

std::string_view trim_whitespace(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string fold_whitespace(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded += ' ';
    pending_space = false;
    folded += c;
  }
  return folded;
}

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !starts_blank_line(text, i)) continue;
    std::string paragraph = fold_whitespace(text.substr(start, i - start));
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
    start = i + 1;
  }
  return paragraphs;
}

}  // namespace handout
