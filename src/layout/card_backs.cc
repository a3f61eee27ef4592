#include "layout/card_backs.h"

namespace handout {

// Without running text, and without cut lines: the sheets are cut from the front, and a line a
// little off the cut would show on the back.
LaidOutDocument lay_out_card_backs(const DocTree& document, const FitScale& scale,
                                   Diagnostics& diagnostics, const LayoutOptions& options) {
  if (document.page.impose != Imposition::cards || document.back_blocks.empty()) return {};
  DocTree backs;
  backs.info = document.info;
  backs.page = document.page;
  if (backs.page.cards) backs.page.cards->cut_lines.reset();
  backs.pagination = document.pagination;
  backs.blocks = document.back_blocks;
  return layout_document(scaled_document(backs, scale), diagnostics, options);
}

}  // namespace handout
