#pragma once

#include "model/template_model.h"

namespace handout {

// The part of a page inside the margins, where the blocks flow.
struct TextArea {
  double left = 0;
  double top = 0;
  double width = 0;
  double height = 0;

  double right() const { return left + width; }
  double bottom() const { return top + height; }
};

// Margins that overlap give an empty area rather than a negative one, so that every later step
// can rely on widths and heights that are at least zero.
TextArea text_area_of(const PageDef& page);

}  // namespace handout
