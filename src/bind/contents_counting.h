#pragma once

#include "bind/expansion_budget.h"
#include "model/doc_tree.h"

namespace handout {

// Counts the entries the document's tables of contents will list, before layout makes them:
// each `toc` block lists every heading up to its depth, so toc blocks inside a loop that also
// makes headings multiply them (a thousand of each: a million entries). Each entry is a piece,
// and its heading's text counts again as text, at the toc block.
void count_contents_entries(const DocTree& tree, ExpansionBudget& budget);

}  // namespace handout
