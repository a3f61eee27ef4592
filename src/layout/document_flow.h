#pragma once

#include <vector>

#include "layout/block_measuring.h"
#include "layout/page_flow.h"
#include "layout/paragraph_setting.h"
#include "model/doc_tree.h"

namespace handout {

// Everything after measuring, in order: the tables of contents set from the measured headings,
// the blocks flowed through the frames (measured at `frame`, the first one), the contents' page
// numbers filled in, column rules and cut lines drawn, the running text set, which needs the
// page count and the sections, and the page background put behind it all. Flow that reaches
// `max_pages` stops there, and nothing is set after it (see FlowedPages::page_limit_reached_at).
FlowedPages flow_document(std::vector<FlowBlock> blocks, const DocTree& document,
                          const TextArea& frame, TypesettingContext& context, uint64_t max_pages);

}  // namespace handout
