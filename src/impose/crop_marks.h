#pragma once

#include <vector>

#include "layout/text_area.h"
#include "model/page_layout.h"

namespace handout {

// Short lines that show where to cut, standing outside a rectangle so that none of them stays
// on the pieces cut out of it: at each x a mark above and one below the rectangle, at each y a
// mark to its left and one to its right, `offset` away from it and `length` long.
struct CutMarks {
  TextArea around;
  std::vector<double> xs;
  std::vector<double> ys;
  double offset = 0;
  double length = 0;
};

// Draws the marks (0.25pt, in registration black: every ink, so they print on every plate).
void add_cut_marks(const CutMarks& marks, LaidOutPage& page);

// Crop marks around the page's trim at each x and y (its corners: 0 and its width, 0 and its
// height), offset from the trim by its bleed (3mm without), in a slug added to the page to hold
// them.
void add_crop_marks(LaidOutPage& page, const std::vector<double>& xs,
                    const std::vector<double>& ys);

// The slug add_crop_marks gives a page with `bleed`: the room past the bleed its marks take.
double crop_mark_slug(double bleed);

}  // namespace handout
