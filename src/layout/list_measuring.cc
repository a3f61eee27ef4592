#include <algorithm>

#include "layout/block_kinds.h"
#include "layout/text_units.h"

namespace handout {
namespace {

// The marker ends this far before the entry's text (a third of an em).
double marker_gap(const TextStyle& style) { return style.size / 3; }

// The indent holds the marker; it never takes more than half the frame.
double list_indent(const ListBlock& list, const TextArea& area) {
  return std::clamp(list.indent, 0.0, area.width / 2);
}

void add_marker(const ListEntry& entry, const TextStyle& style, double left, double indent,
                FlowUnit& first_line, TypesettingContext& context) {
  if (entry.marker.empty()) return;
  const LineSlot slot{left, std::max(0.0, indent - marker_gap(style)), TextAlign::right};
  TextRun marker = set_single_line(entry.marker, style, slot, context, entry.where);
  // A marker wider than the indent sticks out to the left rather than into the text.
  if (marker.x + run_width(marker) > left + indent) marker.x = left + indent - run_width(marker);
  first_line.items.insert(first_line.items.begin(), std::move(marker));
}

}  // namespace

FlowBlock measure_block_kind(const ListBlock& list, const TextArea& area,
                             TypesettingContext& context) {
  FlowBlock block = spaced_block(list.style, Splitting::between_lines);
  if (!face_is_loaded(list.style, list.where, context.diagnostics)) return block;
  TextStyle style = list.style;
  style.first_line_indent = 0;  // the hanging indent replaces it
  const double indent = list_indent(list, area);
  for (const ListEntry& entry : list.entries) {
    std::vector<FlowUnit> lines = text_units(entry.content, style, area.left + indent,
                                             area.width - indent, context, entry.where);
    if (lines.empty()) continue;
    if (!block.units.empty()) block.units.back().height += style.space_after / 2;
    add_marker(entry, style, area.left, indent, lines.front(), context);
    for (FlowUnit& line : lines) block.units.push_back(std::move(line));
  }
  return block;
}

}  // namespace handout
