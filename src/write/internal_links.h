#pragma once

#include <vector>

#include "model/page_layout.h"
#include "write/libharu_session.h"
#include "write/outline.h"

namespace handout {

// Adds the links within the document (link areas without a url, such as table of contents
// entries) once every page exists, since they may point forward: borderless link annotations
// that open the target page at target_y.
bool add_internal_links(LibharuSession& session, const std::vector<LaidOutPage>& laid_out,
                        const std::vector<WrittenPage>& pages);

}  // namespace handout
