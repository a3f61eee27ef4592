#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "text/font_face.h"

namespace handout {

// How the writer put one face into the PDF, for the preflight report.
struct FontEmbedding {
  std::shared_ptr<const FontFace> face;
  std::string pdf_name;    // the BaseFont, with its subset tag: "ABCDEF+NotoSans-Regular"
  size_t glyph_count = 0;  // glyphs drawn with it
  bool embedded = false;   // the font file is in the PDF
  bool subset = false;     // only the glyphs drawn are in it
};

}  // namespace handout
