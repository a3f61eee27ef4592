#pragma once

#include <future>
#include <string>

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "image/document_images.h"
#include "layout/hyphenation.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

struct LayoutOptions {
  // How many threads set paragraphs: 0 chooses (1 for a short document, else the hardware's
  // thread count, at most 8). The result is the same for any count.
  unsigned threads = 0;
  // A document that needs more pages is an error (at the block that would start the next page).
  uint64_t max_pages = ResourceLimits{}.max_pages;
  // The hyphenation dictionaries to use and keep (the app's World); null: this layout's own.
  HyphenationDictionaries* hyphenation = nullptr;
  // The document's figures and QR codes by the tree's keys (resource loading); null: it has none.
  const DocumentImages* images = nullptr;
};

// Starts loading, on another thread, what layout will need for text in `language` (BCP 47): its
// hyphenation dictionary, which takes milliseconds to read. Called as soon as the language is
// known, the loading overlaps the template, binding and resources; layout waits for it if it is
// not done. The future is only for waiting (its destructor waits too). When the dictionary is
// already loaded (a batch's later documents), no thread is started and the future is ready.
// `dictionaries` must outlive the future.
std::future<void> prepare_layout(std::string language, HyphenationDictionaries& dictionaries);

// Breaks the blocks into lines and the lines into pages, places figures and the running
// header and footer. Needs every face of the tree loaded, and its images in options.images. A
// document over the page limit gives no pages and an error.
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics,
                                const LayoutOptions& options = {});

}  // namespace handout
