#pragma once

#include <vector>

#include "layout/text_area.h"
#include "model/page_layout.h"
#include "model/template_model.h"

namespace handout {

// The text area of the page at `page_index` (0 = page 1): two-sided pages mirror the margins
// on even pages, so the inner margin (margin_left) is always on the binding side.
TextArea text_area_on_page(const PageDef& page, size_t page_index);

// The frames text flows through on a page, in flow order: the columns left to right, or the
// cards of a card grid left to right, then top to bottom (each card inset by its padding).
// Every frame of a document has the same size, so blocks are measured once, at the first frame.
std::vector<TextArea> frames_on_page(const PageDef& page, size_t page_index);

// The first frame of page 1: where blocks are measured.
TextArea first_frame_of(const PageDef& page);

// The cards of a card grid on a page, before their padding (where they are cut), in flow order;
// none without a grid.
std::vector<TextArea> cards_on_page(const PageDef& page, size_t page_index);

// How far a bleed figure in the frame at `frame_index` may reach: past the trim by the bleed on
// the sides where the frame is at the edge of the text area (a single column reaches both
// sides, the first of several the left one, and every column the top), the frame's own edges
// elsewhere; in a card grid, the card's edges and past them into the gap, at most by the bleed.
TextArea bleed_reach(const PageDef& page, size_t page_index, size_t frame_index);

// Column rules (a line centred in each gap, from the text area's top down to the page's
// `column_bottoms[i]` (the text area's bottom when not given), on pages where the column after the
// gap has content) and cut lines (along every card edge of every page).
// `frames_filled[i]` is how many frames of page i hold content (the last one with content + 1).
void add_frame_lines(const PageDef& page, const std::vector<size_t>& frames_filled,
                     const std::vector<double>& column_bottoms, std::vector<LaidOutPage>& pages);

}  // namespace handout
