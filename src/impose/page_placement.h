#pragma once

#include <vector>

#include "model/page_layout.h"

namespace handout {

// How far a page's drawing may reach past each edge of its trim once on a sheet: the bleed where
// the page is at the sheet's edge, nothing where it meets another page.
struct Reach {
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
};

// Where a page lands: on which sheet, with its trim's top-left corner at (x, y) of the sheet's
// trim.
struct PagePlacement {
  size_t sheet = 0;
  double x = 0;
  double y = 0;
  Reach reach;
};

// Puts the page's items on the sheet, moved into place and clipped to the page's trim grown by
// its reach. Links to places in the document follow the pages they point at: `placements` has
// the placement of every page of the document, by page index.
void place_page(LaidOutPage page, const PagePlacement& placement,
                const std::vector<PagePlacement>& placements, LaidOutPage& sheet);

// The bookmarks pointing where their pages went.
std::vector<OutlineEntry> placed_outline(std::vector<OutlineEntry> outline,
                                         const std::vector<PagePlacement>& placements);

}  // namespace handout
