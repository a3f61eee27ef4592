#pragma once

#include <vector>

#include "layout/line_breaking.h"
#include "layout/paragraph_shaping.h"
#include "model/template_model.h"

namespace handout {

// Justified word spaces may stretch by half and shrink by a third of their width.
inline constexpr double kJustifiedStretch = 1.0 / 2;
inline constexpr double kJustifiedShrink = 1.0 / 3;
// The loosest line (adjustment ratio) the second pass accepts: TeX's default tolerance, badness
// 200. Only the last pass, which takes what it must, sets looser lines.
inline constexpr double kLoosestAcceptedRatio = 1.26;

// How much of its word spaces' give a justified line of `natural` width uses to fill `width`:
// above 0 it stretches (1: every space half again as wide), below 0 it shrinks (-1: a third
// narrower). Infinite when it must stretch or shrink and has no word space to.
double adjustment_ratio(const ShapedParagraph& paragraph, const LineSpan& line, double natural,
                        double width);

// How a paragraph's lines are judged.
struct LineBreakingRules {
  LineWidths widths;
  TextAlign align = TextAlign::left;
  double em = 10;  // the font size: ragged lines may fall short by a few ems without penalty
};

// Knuth-Plass total-fit line breaking over the paragraph's break points (paragraph.breaks):
// justified word spaces stretch by 1/2 and shrink by 1/3 of their width, ragged lines get a
// fixed stretch at their end so they are balanced but never spread. A first pass without
// hyphenation, a second with it, a third that accepts loose lines; only if a word is wider than
// the line does it fall back to greedy breaking (which then breaks the word between clusters).
// Paragraphs with very many break points are broken greedily with hyphenation, which is linear.
std::vector<LineSpan> break_paragraph(const ShapedParagraph& paragraph,
                                      const LineBreakingRules& rules);

// First-fit over the same break points (hyphenation included), breaking a word that is wider
// than a line between glyph clusters.
std::vector<LineSpan> break_paragraph_greedily(const ShapedParagraph& paragraph,
                                               const LineBreakingRules& rules);

// Badness of a line (TeX's): 100 * |ratio|^3, capped at 10000, where the ratio is how much of
// its stretch (or shrink) the line uses.
double line_badness(double ratio);

// The sum of badnesses of the lines as set: a measure of how even a paragraph's spacing is.
double total_badness(const ShapedParagraph& paragraph, const std::vector<LineSpan>& lines,
                     const LineBreakingRules& rules);

}  // namespace handout
