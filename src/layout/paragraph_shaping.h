#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_location.h"
#include "layout/missing_glyph_report.h"
#include "model/doc_tree.h"
#include "model/inline_text.h"
#include "text/shaper.h"

namespace handout {

class HyphenationDictionaries;

// A place where a line may end.
enum class BreakKind : uint8_t {
  space,      // at a word space, which disappears at the line's end
  plain,      // between two glyphs with nothing added (after a slash, a dash, a hyphen)
  hyphen,     // inside a word at a dictionary point; the line gets a hyphen
  mandatory,  // a hard line break ('\n'), whose glyph disappears like a space
  final,      // the paragraph's end
};

struct BreakPoint {
  size_t end = 0;   // the line ends before this glyph
  size_t next = 0;  // the next line starts at this glyph
  BreakKind kind = BreakKind::space;
  bool flagged = false;     // a line ending here ends in a hyphen (added or already there)
  double hyphen_width = 0;  // the added hyphen's advance (BreakKind::hyphen)
  uint32_t hyphen_glyph = 0;
};

// A paragraph shaped once, so that kerning and ligatures hold everywhere a line does not end,
// together with the places where a line may end.
struct ShapedParagraph {
  std::string text;                 // the characters; a hard break is still '\n'
  std::vector<ShapedGlyph> glyphs;  // clusters index into `text`
  std::vector<size_t> spaces;       // glyphs that are breakable word spaces, ascending
  std::vector<double> pen;          // pen[i]: the advances of glyphs [0, i); glyphs.size() + 1

  // Filled by shape_inline_paragraph (empty for plain text: every glyph is in the style's face).
  std::vector<std::shared_ptr<const FontFace>> faces;  // distinct faces
  std::vector<uint8_t> glyph_face;                     // per glyph: index into faces
  std::vector<std::string> links;                      // distinct link targets
  std::vector<int> glyph_link;                         // per glyph: index into links or -1
  std::vector<size_t> stretchable;  // glyphs that justification widens (all word spaces)
  std::vector<double> stretch_pen;  // stretch_pen[i]: advances of stretchable glyphs in [0, i)
  std::vector<BreakPoint> breaks;   // ascending by end; the last one is BreakKind::final

  bool empty() const { return glyphs.empty(); }
  // The natural width of glyphs [begin, end).
  double width_of(size_t begin, size_t end) const { return pen[end] - pen[begin]; }
  // The advances of the stretchable glyphs in [begin, end).
  double stretchable_width_of(size_t begin, size_t end) const {
    return stretch_pen.empty() ? 0 : stretch_pen[end] - stretch_pen[begin];
  }
  const std::shared_ptr<const FontFace>& face_of(size_t glyph) const {
    return faces[glyph_face.empty() ? 0 : glyph_face[glyph]];
  }
};

// Shapes `text` with the style's face and size (which must be loaded) and reports the
// characters the face lacks at `where`. Breaks at word spaces only; used for one-line text.
ShapedParagraph shape_paragraph(std::string_view text, const TextStyle& style,
                                std::string_view language, MissingGlyphReport& missing_glyphs,
                                const SourceLocation& where);

// Shapes marked-up text segment by segment (see inline_segments.h), finds its break points by
// UAX #14 for `language`, and, with `hyphenation` (null: none), adds the hyphenation points of
// its dictionary for `language`.
ShapedParagraph shape_inline_paragraph(const InlineText& content, const TextStyle& style,
                                       std::string_view language,
                                       HyphenationDictionaries* hyphenation,
                                       MissingGlyphReport& missing_glyphs,
                                       const SourceLocation& where);

// Where to break a word wider than the line: the end of the glyphs from `begin` (up to `limit`)
// whose advances fit in `room`, moved back to a cluster boundary so that no ligature or mark is
// split; at least one cluster is taken, so a line always makes progress.
size_t end_of_clusters_that_fit(const ShapedParagraph& paragraph, size_t begin, size_t limit,
                                double room);

}  // namespace handout
