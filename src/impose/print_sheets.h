#pragma once

#include "model/page_layout.h"
#include "model/template_model.h"

namespace handout {

// The laid-out pages as the sheets the printer gets (docs/printing.md): imposed as
// `page.impose` says (2up, booklet, or cards with `backs`, the cards' backs laid out on the same
// grid; empty when there are none), then with crop marks at each sheet's corners when
// `page.crop_marks` (and where 2-up pages are cut apart). Plain data in and out: the writer
// draws sheets as it draws pages.
LaidOutDocument print_sheets(LaidOutDocument pages, LaidOutDocument backs, const PageDef& page);

}  // namespace handout
