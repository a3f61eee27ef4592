#include "layout/layout_document.h"

#include "layout/block_measuring.h"
#include "layout/document_flow.h"
#include "layout/frames.h"
#include "layout/hyphenation.h"
#include "layout/missing_glyph_report.h"
#include "layout/paragraph_setting.h"
#include "layout/parallel_measuring.h"

namespace handout {

std::future<void> prepare_layout(std::string language, HyphenationDictionaries& dictionaries) {
  // In a batch every document after the first finds the dictionary loaded: start no thread.
  if (dictionaries.looked_up(language)) {
    std::promise<void> ready;
    ready.set_value();
    return ready.get_future();
  }
  return std::async(std::launch::async, [language = std::move(language), &dictionaries] {
    dictionaries.for_language(language);
  });
}

namespace {

void report_page_limit(const SourceLocation& where, uint64_t max_pages, Diagnostics& diagnostics) {
  const std::string limit = std::to_string(max_pages);
  diagnostics.error(where,
                    "the document needs more than " + limit +
                        (max_pages == 1 ? " page" : " pages") + ": this block would start page " +
                        std::to_string(max_pages + 1),
                    {raise_limit_hint(kMaxPagesOption)});
}

std::string points(double value) { return std::to_string(static_cast<long long>(value)) + " pt"; }

void report_cut_off(const CutOffBlock& block, Diagnostics& diagnostics) {
  diagnostics.warning(block.where,
                      "part of this block (a table row, or a line) is " +
                          points(block.piece_height) + " tall, more than the " +
                          points(block.frame_height) +
                          " a page's text area holds: what does not fit is cut off at its foot",
                      {"shorten it, or split it into smaller parts"});
}

}  // namespace

// Measure the blocks at the frame width (every frame has the same size; paragraphs are set on
// several threads), then flow them through the pages' frames and set what needs the pages (see
// flow_document).
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics,
                                const LayoutOptions& options) {
  const TextArea frame = first_frame_of(document.page);
  MissingGlyphReport missing_glyphs(diagnostics);
  HyphenationDictionaries own_dictionaries;  // unused when the caller gives its own
  HyphenationDictionaries& dictionaries =
      options.hyphenation ? *options.hyphenation : own_dictionaries;
  static const DocumentImages kNoImages;
  TypesettingContext context{document.info.language, missing_glyphs, diagnostics, dictionaries,
                             options.images ? *options.images : kNoImages};
  const unsigned threads = measuring_threads(document.blocks, options.threads);
  FlowedPages flowed = flow_document(measure_blocks(document.blocks, frame, context, threads),
                                     document, frame, context, options.max_pages);
  if (flowed.page_limit_reached_at) {
    report_page_limit(*flowed.page_limit_reached_at, options.max_pages, diagnostics);
    return {document.info, {}, {}};
  }
  for (const CutOffBlock& block : flowed.cut_off) report_cut_off(block, diagnostics);
  return {document.info, std::move(flowed.pages), std::move(flowed.outline),
          std::move(flowed.notes)};
}

}  // namespace handout
