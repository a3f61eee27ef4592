#pragma once

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/doc_tree.h"

namespace handout {

// Layout shapes each piece of text set as one (a paragraph, a heading, a list entry, a table
// cell, a caption) whole, with about a hundred bytes of memory for each of its bytes while it
// sets it (the glyphs and their positions, break points, the lines), on every layout thread at
// once. The bound document's pieces are checked against `limits.max_paragraph_bytes` before any
// of that: the first one over it is an error at its value.
void check_paragraph_sizes(const DocTree& document, const ResourceLimits& limits,
                           Diagnostics& diagnostics);

}  // namespace handout
