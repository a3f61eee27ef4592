#pragma once

#include <cstddef>
#include <vector>

#include "layout/paragraph_shaping.h"

namespace handout {

// One line as a range of a paragraph's glyphs. The word space a line ends at belongs to neither
// line, so it is never drawn at a line's end nor at the next line's start.
struct LineSpan {
  size_t begin = 0;
  size_t end = 0;
  bool last = false;  // the paragraph's last line, or one ending at a hard break: justification
                      // leaves it at its natural width
  bool hyphenated = false;  // ends inside a word: a hyphen is drawn after `end`
  bool broken_word = false;  // ends inside a word wider than a whole line, between two clusters
};

// The room for each line: the first line may be narrower than the others (first-line indent).
struct LineWidths {
  double first = 0;
  double other = 0;

  double of_line(size_t index) const { return index == 0 ? first : other; }
};

// Chooses where the lines of a paragraph end: greedy first-fit at word spaces; a word longer
// than a whole line is broken between glyph clusters. Every line holds at least one cluster, so
// even a zero width terminates. Paragraphs are broken by break_paragraph (knuth_plass.h); this
// simpler breaker remains for text shaped by shape_paragraph, which has no break points.
std::vector<LineSpan> break_lines(const ShapedParagraph& paragraph, const LineWidths& widths);

}  // namespace handout
