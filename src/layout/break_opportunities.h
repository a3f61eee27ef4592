#pragma once

#include <string_view>
#include <vector>

#include "layout/inline_segments.h"
#include "layout/paragraph_shaping.h"
#include "model/doc_tree.h"

namespace handout {

class HyphenationDictionaries;

// Fills paragraph.breaks, .spaces, .stretchable and .stretch_pen from its shaped glyphs: the line
// break opportunities of UAX #14 (ICU, tailored by `language`) that fall between glyph
// clusters, and, with `hyphenation` and a dictionary there for `language`, hyphenation points
// in words of letters that are not code, URL-like or already hyphenated.
void find_break_points(ShapedParagraph& paragraph, const std::vector<InlineSegment>& segments,
                       std::string_view language, HyphenationDictionaries* hyphenation,
                       double size);

}  // namespace handout
