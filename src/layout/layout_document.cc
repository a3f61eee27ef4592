#include "layout/layout_document.h"

#include "layout/block_measuring.h"
#include "layout/missing_glyph_report.h"
#include "layout/page_flow.h"
#include "layout/paragraph_setting.h"
#include "layout/parallel_measuring.h"
#include "layout/running_text.h"
#include "layout/text_area.h"

namespace handout {

// Measure the blocks at the text width, flow them down the pages, then set the running text,
// which needs the page count.
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics,
                                const LayoutOptions& options) {
  const TextArea area = text_area_of(document.page);
  MissingGlyphReport missing_glyphs(diagnostics);
  TypesettingContext context{document.info.language, missing_glyphs, diagnostics};
  const unsigned threads = measuring_threads(document.blocks, options.threads);
  FlowedPages flowed = flow_pages(measure_blocks(document.blocks, area, context, threads),
                                  document.page, area, document.pagination);
  add_running_text(document, area, flowed.pages, context);
  return {document.info, std::move(flowed.pages), std::move(flowed.outline)};
}

}  // namespace handout
