#include "layout/paragraph_setting.h"

#include <algorithm>

#include "layout/line_breaking.h"
#include "layout/line_setting.h"
#include "layout/paragraph_shaping.h"

namespace handout {

bool face_is_loaded(const TextStyle& style, const SourceLocation& where, Diagnostics& diagnostics) {
  if (style.face) return true;
  diagnostics.error(where, "layout got the style '" + style.name + "' without its font loaded", {},
                    FailureKind::internal);
  return false;
}

std::vector<TextRun> set_paragraph(std::string_view text, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where) {
  const ShapedParagraph paragraph =
      shape_paragraph(text, style, context.language, context.missing_glyphs, where);
  // A negative (hanging) indent would put the first line into the margin.
  const double indent = std::clamp(style.first_line_indent, 0.0, width);
  const std::vector<LineSpan> lines = break_lines(paragraph, {width - indent, width});
  const double baseline = baseline_below_line_top(style);
  std::vector<TextRun> runs;
  runs.reserve(lines.size());
  for (const LineSpan& line : lines) {
    const double line_indent = runs.empty() ? indent : 0;
    runs.push_back(
        set_line(paragraph, line, {left + line_indent, width - line_indent, style.align}, style));
    runs.back().baseline = baseline;
  }
  return runs;
}

}  // namespace handout
