#pragma once

#include "layout/text_area.h"

namespace handout {

struct FigureSize {
  double width = 0;
  double height = 0;
};

// The size of a figure's image on the page: `width_fraction` of the text width with the image's
// aspect ratio, shrunk (keeping the ratio) until it is no taller than `max_height_fraction` of
// the text height nor than what the caption leaves of it. Fractions outside (0, 1] read as 1.
FigureSize fit_figure(int pixel_width, int pixel_height, double width_fraction,
                      double max_height_fraction, const TextArea& area, double caption_height);

}  // namespace handout
