#include "core/source_excerpt.h"

#include <algorithm>
#include <cstring>

#include "core/utf8.h"

namespace handout {

SourceExcerpt excerpt_of_line(std::string_view line, int column) {
  size_t begin = 0;
  if (column > 0 && static_cast<size_t>(column) > kExcerptBytes / 2) {
    begin = static_cast<size_t>(column) - kExcerptBytes / 2;
  }
  begin = std::min(begin, line.size());
  while (begin > 0 && begin < line.size() && (line[begin] & 0xC0) == 0x80) --begin;
  size_t end = begin;
  while (end < line.size() && end - begin < kExcerptBytes) {
    end += decode_first_character(line.substr(end)).length;
  }
  SourceExcerpt excerpt;
  excerpt.text = std::string(line.substr(begin, end - begin));
  excerpt.column = column > 0 ? column - static_cast<int>(begin) : 0;
  excerpt.cut_before = begin > 0;
  excerpt.cut_after = end < line.size();
  return excerpt;
}

std::optional<std::string_view> SourceLines::line(int number) {
  if (!text_ || number < 1) return std::nullopt;
  const std::string_view text(*text_);
  if (number < cursor_line_) {
    cursor_line_ = 1;
    cursor_offset_ = 0;
  }
  while (cursor_line_ < number) {
    const void* found =
        std::memchr(text.data() + cursor_offset_, '\n', text.size() - cursor_offset_);
    if (found == nullptr) return std::nullopt;
    cursor_offset_ = static_cast<const char*>(found) - text.data() + 1;
    ++cursor_line_;
  }
  // A file's last line break ends its last line: no empty line follows it.
  if (cursor_offset_ >= text.size()) return std::nullopt;
  size_t end = text.find('\n', cursor_offset_);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(cursor_offset_, end - cursor_offset_);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace handout
