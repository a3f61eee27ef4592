#include "layout/text_units.h"

#include "layout/layout_notes.h"
#include "layout/page_items.h"

namespace handout {

std::vector<FlowUnit> text_units(const InlineText& text, const TextStyle& style, double left,
                                 double width, TypesettingContext& context,
                                 const SourceLocation& where) {
  std::vector<FlowUnit> units;
  if (!face_is_loaded(style, where, context.diagnostics)) return units;
  std::vector<SetLine> lines = set_paragraph(text, style, left, width, context, where);
  units.reserve(lines.size());
  for (SetLine& line : lines) {
    FlowUnit unit;
    unit.height = style.leading;
    unit.notes = line_notes(line, where);
    for (TextRun& run : line.runs) unit.items.push_back(std::move(run));
    for (LinkArea& link : line.links) {
      link.where = where;
      unit.items.push_back(std::move(link));
    }
    units.push_back(std::move(unit));
  }
  return units;
}

TextRun set_single_line(const std::string& text, const TextStyle& style, const LineSlot& slot,
                        TypesettingContext& context, const SourceLocation& where) {
  const ShapedParagraph line =
      shape_paragraph(text, style, context.language, context.missing_glyphs, where);
  TextRun run = set_line(line, {0, line.glyphs.size(), true}, slot, style);
  run.baseline = baseline_below_line_top(style);
  return run;
}

double run_width(const TextRun& run) {
  double width = 0;
  for (const ShapedGlyph& glyph : run.glyphs) width += glyph.x_advance;
  return width;
}

FlowUnit stack_units(std::vector<FlowUnit> units) {
  FlowUnit stacked;
  for (FlowUnit& unit : units) {
    move_items(unit.items, 0, stacked.height);
    for (PageItem& item : unit.items) stacked.items.push_back(std::move(item));
    for (OutlineEntry& entry : unit.outline) {
      entry.y += stacked.height;
      stacked.outline.push_back(std::move(entry));
    }
    for (LayoutNote& note : unit.notes) stacked.notes.push_back(std::move(note));
    stacked.height += unit.height;
  }
  return stacked;
}

}  // namespace handout
