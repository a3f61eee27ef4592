#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "model/doc_tree.h"
#include "model/inline_text.h"
#include "text/font_face.h"

namespace handout {

// A stretch of a paragraph's text that one face draws with one set of marks: the unit of shaping.
struct InlineSegment {
  size_t begin = 0;  // byte range in the paragraph's text
  size_t end = 0;
  std::shared_ptr<const FontFace> face;
  int link = -1;      // index into InlineSegments::links, or -1
  bool code = false;  // code is never hyphenated
};

struct InlineSegments {
  std::string text;  // every span's text in order; '\n' still marks a hard break
  std::vector<InlineSegment> segments;
  std::vector<std::string> links;  // distinct link targets in order of appearance
};

// The face a span's marks choose: **strong** sets bold, *emphasis* turns the style's own slant
// over, `code` takes the code faces. A face the style does not have is its own face.
std::shared_ptr<const FontFace> face_for_marks(const TextStyle& style, const InlineSpan& span);

// Splits the text by marks and by which face can draw each character: a character the marked
// face lacks goes to the first fallback face that has it, else stays (and shows .notdef). A
// combining mark stays in its base character's face.
InlineSegments segment_inline_text(const InlineText& content, const TextStyle& style);

}  // namespace handout
