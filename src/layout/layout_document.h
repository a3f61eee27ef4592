#pragma once

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

// Breaks the blocks into lines and the lines into pages, places figures and the running
// header and footer. Needs every face and image of the tree loaded.
LaidOutDocument layout_document(const DocTree& document, Diagnostics& diagnostics);

}  // namespace handout
