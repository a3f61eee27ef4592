#pragma once

#include <vector>

#include "layout/text_area.h"
#include "model/page_layout.h"

namespace handout {

// The box a bleed figure's image fills once placed: out to `reach` (see bleed_reach) on the left
// and right, and up to it too when the figure is at the top of its frame; its bottom stays where
// flow put it, so the text below does not move.
TextArea bleed_figure_box(const PlacedImage& placed, const TextArea& reach, bool at_frame_top);

// The image scaled to cover `box` (keeping its proportions, centred, so parts of it may be cut
// off) and clipped to it: a ClipBegin, the image and a ClipEnd.
std::vector<PageItem> bleed_figure_items(PlacedImage placed, const TextArea& box);

}  // namespace handout
