#pragma once

#include <hpdf.h>

#include <vector>

#include "model/page_layout.h"
#include "write/libharu_session.h"
#include "write/written_page.h"

namespace handout {

// A destination that opens `page` with `y` (from the page's top) at the top of the window and
// the reader's zoom kept: [page /XYZ 0 top null].
HPDF_Destination place_on_page(LibharuSession& session, const WrittenPage& page, double y);

// Adds the bookmarks, nested by level (a level deeper than the one before nests under it, a
// skipped level nests under the nearest shallower entry), each opening its page at the heading's
// top with the reader's zoom kept; the reader shows the bookmark panel when there are any.
bool add_outline(LibharuSession& session, const std::vector<OutlineEntry>& entries,
                 const std::vector<WrittenPage>& pages);

}  // namespace handout
