#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_location.h"
#include "layout/missing_glyph_report.h"
#include "model/doc_tree.h"
#include "text/shaper.h"

namespace handout {

// A paragraph shaped once as a whole, so that kerning and ligatures hold everywhere a line does
// not end, together with the places where a line may end.
struct ShapedParagraph {
  std::string text;                 // whitespace folded to single spaces, trimmed
  std::vector<ShapedGlyph> glyphs;  // clusters index into `text`
  std::vector<size_t> spaces;       // glyphs that are word spaces (break opportunities), ascending
  std::vector<double> pen;          // pen[i]: the advances of glyphs [0, i); glyphs.size() + 1

  bool empty() const { return glyphs.empty(); }
  // The natural width of glyphs [begin, end).
  double width_of(size_t begin, size_t end) const { return pen[end] - pen[begin]; }
};

// Shapes `text` with the style's face and size (which must be loaded) and reports the
// characters the face lacks at `where`.
ShapedParagraph shape_paragraph(std::string_view text, const TextStyle& style,
                                std::string_view language, MissingGlyphReport& missing_glyphs,
                                const SourceLocation& where);

}  // namespace handout
