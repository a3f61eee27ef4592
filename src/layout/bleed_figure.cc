#include "layout/bleed_figure.h"

#include <algorithm>

namespace handout {

TextArea bleed_figure_box(const PlacedImage& placed, const TextArea& reach, bool at_frame_top) {
  const double top = at_frame_top ? std::min(reach.top, placed.y) : placed.y;
  const double bottom = placed.y + placed.height;
  return {reach.left, top, reach.width, bottom - top};
}

std::vector<PageItem> bleed_figure_items(PlacedImage placed, const TextArea& box) {
  if (placed.width <= 0 || placed.height <= 0) return {std::move(placed)};
  const double scale = std::max(box.width / placed.width, box.height / placed.height);
  const double width = placed.width * scale;
  const double height = placed.height * scale;
  placed.x = box.left + (box.width - width) / 2;
  placed.y = box.top + (box.height - height) / 2;
  placed.width = width;
  placed.height = height;
  return {ClipBegin{box.left, box.top, box.width, box.height}, std::move(placed), ClipEnd{}};
}

}  // namespace handout
