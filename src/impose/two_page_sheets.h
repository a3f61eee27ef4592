#pragma once

#include <vector>

#include "impose/sheet_order.h"
#include "model/page_layout.h"

namespace handout {

// How two pages share a sheet side.
enum class PagePairing {
  side_by_side,  // on a sheet twice as wide
  stacked,       // on a sheet twice as high: landscape pages, 2-up
};

// The document's pages two to a sheet side in the order of `sides` (two_up_order,
// booklet_order). Every page has the first page's size; the sheets have the pages' bleed, which
// only reaches past the sheet's edges (where two pages meet, neither reaches into the other).
// Links and bookmarks follow their pages.
LaidOutDocument two_page_sheets(LaidOutDocument document, const std::vector<SheetSide>& sides,
                                PagePairing pairing);

}  // namespace handout
