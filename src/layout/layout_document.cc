#include "layout/layout_document.h"

#include "layout/block_measuring.h"
#include "layout/document_flow.h"
#include "layout/frames.h"
#include "layout/hyphenation.h"
#include "layout/missing_glyph_report.h"
#include "layout/paragraph_setting.h"
#include "layout/parallel_measuring.h"

namespace handout {

std::future<void> prepare_layout(std::string language) {
  // In a batch every document after the first finds the dictionary loaded: start no thread.
  if (HyphenationDictionary::looked_up(language)) {
    std::promise<void> ready;
    ready.set_value();
    return ready.get_future();
  }
  return std::async(std::launch::async, [language = std::move(language)] {
    HyphenationDictionary::for_language(language);
  });
}

// Measure the blocks at the frame width (every frame has the same size; paragraphs are set on
// several threads), then flow them through the pages' frames and set what needs the pages (see
// flow_document).
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics,
                                const LayoutOptions& options) {
  const TextArea frame = first_frame_of(document.page);
  MissingGlyphReport missing_glyphs(diagnostics);
  TypesettingContext context{document.info.language, missing_glyphs, diagnostics};
  const unsigned threads = measuring_threads(document.blocks, options.threads);
  FlowedPages flowed = flow_document(measure_blocks(document.blocks, frame, context, threads),
                                     document, frame, context);
  return {document.info, std::move(flowed.pages), std::move(flowed.outline),
          std::move(flowed.notes)};
}

}  // namespace handout
