#include "layout/paragraph_setting.h"

#include <algorithm>

#include "core/whitespace.h"
#include "layout/hyphenation.h"
#include "layout/knuth_plass.h"
#include "layout/line_breaking.h"
#include "layout/line_setting.h"
#include "layout/paragraph_shaping.h"

namespace handout {
namespace {

// A document in a language without a hyphenation dictionary is set without hyphens; say so once.
// A document without a language (only hand-made trees: binding always sets one) is not
// hyphenated either, silently.
bool can_hyphenate(const TextStyle& style, TypesettingContext& context,
                   const SourceLocation& where) {
  if (!style.hyphenate || context.language.empty()) return false;
  if (HyphenationDictionary::for_language(context.language)) return true;
  context.missing_glyphs.warn_once("hyphenation:" + context.language, where,
                                   "there is no hyphenation dictionary for the language '" +
                                       context.language +
                                       "' in /usr/share/hyphen, so its text is not hyphenated");
  return false;
}

// A style whose every face is its own face and that has no fallbacks.
TextStyle with_own_face_only(const TextStyle& style) {
  TextStyle plain = style;
  plain.bold = false;
  plain.italic = false;
  plain.faces = StyleFaces{};
  return plain;
}

}  // namespace

bool face_is_loaded(const TextStyle& style, const SourceLocation& where, Diagnostics& diagnostics) {
  if (style.face) return true;
  diagnostics.error(where, "layout got the style '" + style.name + "' without its font loaded", {},
                    FailureKind::internal);
  return false;
}

std::vector<SetLine> set_paragraph(const InlineText& content, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where) {
  if (content.empty()) return {};
  const bool hyphenate = can_hyphenate(style, context, where);
  const ShapedParagraph paragraph = shape_inline_paragraph(
      content, style, context.language, hyphenate, context.missing_glyphs, where);
  // A negative (hanging) indent would put the first line into the margin.
  const double indent = std::clamp(style.first_line_indent, 0.0, std::max(width, 0.0));
  const std::vector<LineSpan> lines =
      break_paragraph(paragraph, {{width - indent, width}, style.align, style.size});
  std::vector<SetLine> set;
  set.reserve(lines.size());
  for (const LineSpan& line : lines) {
    const double line_indent = set.empty() ? indent : 0;
    set.push_back(set_typeset_line(paragraph, line,
                                   {left + line_indent, width - line_indent, style.align}, style));
  }
  return set;
}

std::vector<TextRun> set_paragraph(std::string_view text, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where) {
  const std::vector<SetLine> lines =
      set_paragraph(plain_inline_text(fold_whitespace(text)), with_own_face_only(style), left,
                    width, context, where);
  std::vector<TextRun> runs;
  runs.reserve(lines.size());
  for (const SetLine& line : lines) {
    if (line.runs.empty()) continue;
    runs.push_back(line.runs.front());
  }
  return runs;
}

}  // namespace handout
