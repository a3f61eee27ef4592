#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_location.h"

namespace handout {

// One {{tag}} of a template text (see docs/templates.md, "Interpolation"). Both the template
// loader (to check data paths) and the binder (to fill them) read tags the same way.
struct TemplateTag {
  enum class Kind { variable, section, inverted, close, comment, other };
  Kind kind = Kind::variable;
  size_t offset = 0;         // of the opening '{{'
  size_t length = 0;         // up to and with the closing '}}'
  std::string path;          // `figure.caption`, `.`; empty for comments and others
  bool has_default = false;  // `{{path | default: "text"}}`
  std::string default_text;
  std::string problem;  // why the tag is malformed; empty when it is fine
};

// Sections ({{#a}}, {{^a}}) nest at most this deep in one text: far past what a template needs,
// and it keeps filling a text from recursing without end.
constexpr size_t kDeepestSectionNesting = 100;

// Every tag of `text` in order. A '{{' without '}}' is one tag with a problem, and ends the scan.
std::vector<TemplateTag> scan_template_tags(std::string_view text);

// Names joined by dots (`figure.caption`), or `.` for the current element.
bool is_data_path(std::string_view path);

// The names layout fills in running headers and footers: page, pages and section.
bool is_layout_placeholder(std::string_view path);

// The position of byte `offset` of a text whose lines stand verbatim in the source from
// `text_line`:`text_column` (see TextValue); `where` when they do not (text_line 0).
SourceLocation where_in_text(const SourceLocation& where, int text_line, int text_column,
                             std::string_view text, size_t offset);

// The same for many offsets of one text, asked for in increasing order: each costs only the
// bytes since the one before (where_in_text for every tag of a long text costs its length
// times its tags). An offset before the last one asked for starts again from the top.
class TextPositions {
 public:
  TextPositions(const SourceLocation& where, int text_line, int text_column, std::string_view text)
      : where_(where), text_line_(text_line), text_column_(text_column), text_(text) {}

  SourceLocation at(size_t offset);

 private:
  SourceLocation where_;
  int text_line_;
  int text_column_;
  std::string_view text_;
  size_t scanned_ = 0;     // bytes counted so far
  int lines_ = 0;          // line breaks among them
  size_t line_start_ = 0;  // where the line of `scanned_` starts
};

}  // namespace handout
