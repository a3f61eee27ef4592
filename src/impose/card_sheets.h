#pragma once

#include "model/page_layout.h"
#include "model/template_model.h"

namespace handout {

// Cards for duplex printing (impose: cards), from the fronts and the backs laid out on the same
// card grid (`page.cards`), one sheet each. Every front sheet gets cut marks in its margins at
// each card edge. When any back has something to print, each front sheet is followed by a back
// sheet on which every card is moved to the place behind its front once the sheet is turned
// over on its long edge: the columns mirrored left to right, the rows kept. Missing sheets on
// either side are blank. Bookmarks and links follow the fronts.
LaidOutDocument card_sheets(LaidOutDocument fronts, LaidOutDocument backs, const PageDef& page);

}  // namespace handout
