#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "layout/fit_scaling.h"
#include "layout/layout_document.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

struct FittedLayout {
  LaidOutDocument pages;
  FitScale scale;                        // what was applied to fit
  std::vector<std::string> steps_taken;  // in words, e.g. "text size 92%", "4 columns"
  int budget = 0;                        // the page budget; 0: none
};

// The budget of --fit-pages over the template's `fit`: its steps when it has any, else text
// size down to 85%, leading to 90% and figures to 50%.
FitDef with_page_budget(const std::optional<FitDef>& template_fit, int pages);

// Lays out `document` and, when it has a page budget (DocTree::fit) it runs over, takes the
// budget's steps in order: each step is tried at its limit, and the first that brings the
// document within budget is eased back to the mildest value (in whole percents) that still
// does, the steps before it staying at their limits. When even every step at its limit is not
// enough, the error says how far over the document is, and the layout with every step at its
// limit is returned (for the preflight report; it is not to be written).
FittedLayout layout_within_budget(const DocTree& document, Diagnostics& diagnostics,
                                  const LayoutOptions& options = {});

}  // namespace handout
