#include "core/template_tags.h"

namespace handout {
namespace {

std::string_view trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool is_path_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_path(std::string_view path) {
  if (path.empty()) return false;
  for (char c : path) {
    if (!is_path_character(c)) return false;
  }
  return true;
}

// `default: "text"` (or 'text') after the '|'.
void read_filter(std::string_view filter, TemplateTag& tag) {
  filter = trim(filter);
  constexpr std::string_view kDefault = "default";
  if (filter.substr(0, kDefault.size()) != kDefault) {
    tag.problem =
        "unknown filter '" + std::string(filter) + "'; the only filter is default: \"text\"";
    return;
  }
  std::string_view rest = trim(filter.substr(kDefault.size()));
  if (rest.empty() || rest.front() != ':') {
    tag.problem = "write the default as default: \"text\"";
    return;
  }
  rest = trim(rest.substr(1));
  if (rest.size() < 2 || (rest.front() != '"' && rest.front() != '\'') ||
      rest.back() != rest.front()) {
    tag.problem = "the default text must be in quotes, as in default: \"text\"";
    return;
  }
  tag.has_default = true;
  tag.default_text = std::string(rest.substr(1, rest.size() - 2));
}

void read_inside(std::string_view inside, TemplateTag& tag) {
  inside = trim(inside);
  if (inside.empty()) {
    tag.problem = "empty tag {{}}; write a data path such as {{title}}";
    return;
  }
  const char sigil = inside.front();
  if (sigil == '!') {
    tag.kind = TemplateTag::Kind::comment;
    return;
  }
  if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '&') {
    tag.kind = sigil == '#'   ? TemplateTag::Kind::section
               : sigil == '^' ? TemplateTag::Kind::inverted
               : sigil == '/' ? TemplateTag::Kind::close
                              : TemplateTag::Kind::variable;
    inside = trim(inside.substr(1));
  } else if (sigil == '>' || sigil == '=' || sigil == '{') {
    tag.kind = TemplateTag::Kind::other;
    tag.problem = "partials, delimiters and triple braces are not used in handout templates";
    return;
  }
  size_t bar = inside.find('|');
  if (bar != std::string_view::npos) {
    read_filter(inside.substr(bar + 1), tag);
    inside = trim(inside.substr(0, bar));
  }
  tag.path = std::string(inside);
  if (tag.problem.empty() && !is_path(inside)) {
    tag.problem = "'" + tag.path + "' is not a data path; write names joined by dots";
  }
}

}  // namespace

std::vector<TemplateTag> scan_template_tags(std::string_view text) {
  std::vector<TemplateTag> tags;
  size_t at = 0;
  while ((at = text.find("{{", at)) != std::string_view::npos) {
    TemplateTag tag;
    tag.offset = at;
    size_t close = text.find("}}", at + 2);
    if (close == std::string_view::npos) {
      tag.length = text.size() - at;
      tag.problem = "'{{' is not closed; end the tag with '}}'";
      tags.push_back(std::move(tag));
      break;
    }
    tag.length = close + 2 - at;
    read_inside(text.substr(at + 2, close - at - 2), tag);
    tags.push_back(std::move(tag));
    at = close + 2;
  }
  return tags;
}

bool is_data_path(std::string_view path) { return is_path(path); }

bool is_layout_placeholder(std::string_view path) {
  return path == "page" || path == "pages" || path == "section";
}

SourceLocation TextPositions::at(size_t offset) {
  if (text_line_ <= 0 || offset > text_.size()) return where_;
  if (offset < scanned_) scanned_ = lines_ = line_start_ = 0;
  for (; scanned_ < offset; ++scanned_) {
    if (text_[scanned_] == '\n') {
      ++lines_;
      line_start_ = scanned_ + 1;
    }
  }
  return {where_.file, text_line_ + lines_, text_column_ + static_cast<int>(offset - line_start_)};
}

SourceLocation where_in_text(const SourceLocation& where, int text_line, int text_column,
                             std::string_view text, size_t offset) {
  if (text_line <= 0 || offset > text.size()) return where;
  int line = text_line;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {where.file, line, text_column + static_cast<int>(offset - line_start)};
}

}  // namespace handout
