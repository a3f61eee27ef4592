#pragma once

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

struct LayoutOptions {
  // How many threads set paragraphs: 0 chooses (1 for a short document, else the hardware's
  // thread count, at most 8). The result is the same for any count.
  unsigned threads = 0;
};

// Breaks the blocks into lines and the lines into pages, places figures and the running
// header and footer. Needs every face and image of the tree loaded.
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics,
                                const LayoutOptions& options = {});

}  // namespace handout
