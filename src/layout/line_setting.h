#pragma once

#include <string>
#include <vector>

#include "layout/line_breaking.h"
#include "layout/paragraph_shaping.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

// Where a line goes across the page: the left end of its room, the room's width, and how the
// line sits in it.
struct LineSlot {
  double left = 0;
  double width = 0;
  TextAlign align = TextAlign::left;
};

// How far a justified line may widen each word space beyond its natural width, as a multiple
// of that width; a line that would need more stays short rather than open rivers of white.
inline constexpr double kMaxSpaceStretch = 1.5;

// Turns a line's glyphs into a run placed in `slot` (baseline 0; the caller places it
// vertically). Justification widens the word spaces' advances, except on a paragraph's last line.
TextRun set_line(const ShapedParagraph& paragraph, const LineSpan& line, const LineSlot& slot,
                 const TextStyle& style);

// One line of a paragraph as set: a run per stretch of glyphs in one face, and the areas of its
// links. Run baselines and link tops are measured from the top of the line box.
struct SetLine {
  std::vector<TextRun> runs;
  std::vector<LinkArea> links;
  // How the line fills its slot, for the preflight report: a justified line's adjustment ratio
  // (see adjustment_ratio; 0 for other lines), how far it runs past the slot's right edge, and
  // (set_paragraph) whether it holds a piece of a word wider than a whole line, and the word
  // when the line starts breaking it.
  double adjustment_ratio = 0;
  double overflow = 0;
  bool in_broken_word = false;
  std::string broken_word;
};

// Sets a line of a paragraph shaped from marked-up text: each glyph keeps its face and link; a
// hyphenated line gets its hyphen; a justified line (not the last, not ending in a hard break)
// spreads its slack over its word spaces in proportion to their widths, so it ends exactly at
// the slot's right edge, shrinking them if it must. A last line wider than the slot (line
// breaking may shrink its spaces too) is shrunk to the slot the same way.
SetLine set_typeset_line(const ShapedParagraph& paragraph, const LineSpan& line,
                         const LineSlot& slot, const TextStyle& style);

// The distance from the top of a line box (`leading` tall) to its baseline: the face's
// ascender-to-descender box is centred in the line box.
double baseline_below_line_top(const TextStyle& style);

}  // namespace handout
