#include "layout/document_flow.h"

#include "layout/frames.h"
#include "layout/page_background.h"
#include "layout/running_text.h"
#include "layout/toc_setting.h"

namespace handout {

FlowedPages flow_document(std::vector<FlowBlock> blocks, const DocTree& document,
                          const TextArea& frame, TypesettingContext& context, uint64_t max_pages) {
  const std::vector<OutlineEntry> headings = set_contents(blocks, frame, context);
  FlowedPages flowed =
      flow_pages(std::move(blocks), document.page, frame, document.pagination, max_pages);
  if (flowed.page_limit_reached_at) return flowed;
  fill_page_references(flowed, headings, context);
  add_frame_lines(document.page, flowed.frames_filled, flowed.column_bottoms, flowed.pages);
  add_running_text(document, flowed, context);
  add_page_backgrounds(document.page, flowed.pages);
  return flowed;
}

}  // namespace handout
