#pragma once

#include <cstddef>
#include <string>

#include "core/source_location.h"

namespace handout {

// Something layout decided or ran into that a print check wants to see on its page (handout
// check --preflight): facts, not warnings; the preflight report judges them. Recorded while
// blocks are measured, on the unit they concern, and given their page when the unit is placed.
struct LayoutNote {
  enum class Kind {
    broken_word,    // a word wider than the line was broken inside; subject: the word
    loose_line,     // a justified line's word spaces were stretched past what line breaking
                    // accepts, or could not be (no space): it is set loose or short
    overfull_line,  // a line's glyphs run past the right edge of its column
    missing_glyph,  // subject: the font's name and the character, "NotoSans-Regular U+4E2D"
    heading_moved,  // a heading went on to the next frame to stay with the text after it
    heading_alone,  // a heading ended its frame without the text after it (which did not fit)
  };
  Kind kind = Kind::broken_word;
  size_t page_index = 0;  // into LaidOutDocument::pages
  std::string subject;    // what the note is about, the same for the same thing on every page
  std::string message;    // in words, for the report
  SourceLocation where;   // the text or block in the data or template
};

}  // namespace handout
