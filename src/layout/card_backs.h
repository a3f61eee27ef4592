#pragma once

#include "core/diagnostic.h"
#include "layout/fit_scaling.h"
#include "layout/layout_document.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

// The cards' backs (DocTree::back_blocks), laid out on the fronts' grid when the cards are
// imposed: no pages otherwise, or when the template has no `back`. `scale` is what copyfitting
// applied to the fronts; the backs take the same, so that a card's back matches its front.
LaidOutDocument lay_out_card_backs(const DocTree& document, const FitScale& scale,
                                   Diagnostics& diagnostics, const LayoutOptions& options = {});

}  // namespace handout
