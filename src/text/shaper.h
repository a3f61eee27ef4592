#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/font_face.h"

namespace handout {

// One glyph as HarfBuzz placed it. Distances are in points at the size the text was shaped at.
// A laid-out document keeps every glyph of its text until it is written, so the offsets, which
// are not added up along a line and are almost always 0, are single precision: 24 bytes a glyph
// instead of 32.
struct ShapedGlyph {
  uint32_t glyph_id = 0;
  uint32_t cluster = 0;  // byte offset of the glyph's first character in the shaped text
  double x_advance = 0;
  float x_offset = 0;
  float y_offset = 0;  // upwards, as in the font
};

struct ShapedText {
  std::vector<ShapedGlyph> glyphs;
  double width = 0;  // sum of the advances
};

// Shapes UTF-8 text (one direction, one script run) with kerning and ligatures.
// `language` is a BCP 47 tag such as "en-US"; empty lets HarfBuzz guess.
ShapedText shape_text(const FontFace& face, double size, std::string_view utf8,
                      std::string_view language = {});

// shape_text keeps the shapes of each font's recent words, at most this many a font, so that the
// memory of a long batch does not grow with the words its documents bring (shaper.cc).
inline constexpr size_t kMaxCachedWordShapes = 1024;

// How many word shapes `face`'s cache holds now (for the tests of that bound).
size_t cached_word_shapes(const FontFace& face);

}  // namespace handout
