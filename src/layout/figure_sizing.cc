#include "layout/figure_sizing.h"

#include <algorithm>

namespace handout {
namespace {

double usable_fraction(double fraction) { return fraction > 0 && fraction <= 1 ? fraction : 1; }

}  // namespace

FigureSize fit_figure(int pixel_width, int pixel_height, double width_fraction,
                      double max_height_fraction, const TextArea& area, double caption_height) {
  if (pixel_width <= 0 || pixel_height <= 0) return {};
  FigureSize size;
  size.width = area.width * usable_fraction(width_fraction);
  size.height = size.width * pixel_height / pixel_width;
  const double height_cap = usable_fraction(max_height_fraction) * area.height;
  double cap = std::min(height_cap, area.height - caption_height);
  // A caption that fills the page leaves nothing: then the image keeps its own cap and page flow
  // sets the caption on the next page.
  if (cap <= 0) cap = height_cap;
  if (size.height > cap) {
    size.width *= cap / size.height;
    size.height = cap;
  }
  return size;
}

}  // namespace handout
