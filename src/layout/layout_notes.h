#pragma once

#include <string>
#include <vector>

#include "layout/line_setting.h"
#include "model/doc_tree.h"
#include "model/layout_note.h"

namespace handout {

// The characters a line's fonts lack that it notes, at most (the print check names as many on a
// page).
constexpr size_t kMostMissingGlyphNotesPerLine = 20;

// What the preflight report needs to know about one set line of the text at `where`: the word
// it breaks inside, whether it is set loose or runs past its column, and the characters its
// fonts lack (once per font and character in the line, the first kMostMissingGlyphNotesPerLine;
// no message: the report words them). Usually nothing.
std::vector<LayoutNote> line_notes(const SetLine& line, const SourceLocation& where);

// A heading that page flow sent on to the next `frame` ("page", "column" or "card") because the
// text it keeps with did not fit after it, leaving `left_empty` points unused at the foot of the
// frame before.
LayoutNote heading_moved_note(const HeadingBlock& heading, const std::string& frame,
                              double left_empty);

// A heading that ends its `frame` while the text it keeps with starts in the next one (the two
// together do not fit in one).
LayoutNote heading_alone_note(const HeadingBlock& heading, const std::string& frame);

}  // namespace handout
