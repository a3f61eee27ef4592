#pragma once

#include <string>
#include <vector>

#include "layout/block_measuring.h"
#include "layout/line_setting.h"
#include "layout/paragraph_setting.h"

namespace handout {

// One unit per line of the text set in [left, left + width), `style.leading` tall each.
std::vector<FlowUnit> text_units(const InlineText& text, const TextStyle& style, double left,
                                 double width, TypesettingContext& context,
                                 const SourceLocation& where);

// One line of plain text in `slot`, baseline measured from the top of its line box; unbroken
// however long (a list marker, a page number).
TextRun set_single_line(const std::string& text, const TextStyle& style, const LineSlot& slot,
                        TypesettingContext& context, const SourceLocation& where);

// The advance of a run's glyphs.
double run_width(const TextRun& run);

// The units stacked into one, each moved down by the height of those before it.
FlowUnit stack_units(std::vector<FlowUnit> units);

}  // namespace handout
