#pragma once

#include <vector>

#include "model/page_layout.h"
#include "model/template_model.h"

namespace handout {

// The page's background colour (PageDef::background), behind everything else on every page and
// out to the bleed edge, so that no white shows at an edge that is cut a little off the trim.
void add_page_backgrounds(const PageDef& page, std::vector<LaidOutPage>& pages);

}  // namespace handout
