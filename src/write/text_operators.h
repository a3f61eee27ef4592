#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/page_layout.h"
#include "text/font_face.h"

namespace handout {

// A glyph's width as the font's /W array declares it, in 1/1000 em. Rounded to a whole number
// because libharu writes reals through a float; the TJ adjustments below are computed against
// this same value, so glyph positions stay exact whatever the rounding.
int declared_width(const FontFace& face, uint32_t glyph_id);

// declared_width of one face's glyphs, each computed once: a document draws the same glyphs
// over and over.
class DeclaredWidths {
 public:
  explicit DeclaredWidths(const FontFace& face) : face_(face) {}
  int of(uint32_t glyph_id);

 private:
  const FontFace& face_;
  std::vector<int> widths_;  // by glyph id; kUnknown until first asked
};

// The content operators that draw `run` inside a text object (BT ... ET) with the Identity-H
// font named `font_resource`: size, fill colour, a text matrix at the run's baseline (PDF's y
// axis points up, so y = page_height - baseline) and TJ arrays whose adjustments place every
// glyph exactly where HarfBuzz and justification put it. y offsets become text rise (Ts).
std::string text_run_operators(const TextRun& run, std::string_view font_resource,
                               double page_height);
// The same, with the widths of run.face remembered in `widths`.
std::string text_run_operators(const TextRun& run, std::string_view font_resource,
                               double page_height, DeclaredWidths& widths);

}  // namespace handout
