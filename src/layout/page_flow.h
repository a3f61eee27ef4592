#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "layout/block_measuring.h"
#include "layout/text_area.h"
#include "model/page_layout.h"
#include "model/template_model.h"

namespace handout {

// A block with a piece (a table row, a line) taller than a frame: the piece is placed at the top
// of an empty frame and runs off its foot.
struct CutOffBlock {
  SourceLocation where;
  double piece_height = 0;  // the tallest such piece
  double frame_height = 0;
};

// A table of contents entry's page number, placed: x and y are now on the page.
struct PlacedPageReference {
  size_t page_index = 0;
  PageReference reference;
};

struct FlowedPages {
  std::vector<LaidOutPage> pages;  // at least one, even for no blocks; at most the page limit
  std::vector<OutlineEntry> outline;
  std::vector<size_t> frames_filled;  // per page: the last frame with content + 1
  std::vector<PlacedPageReference> page_references;
  // Per page: where its columns end, for the column rules: the text area's bottom, or on a
  // balanced last page the bottom of its deepest column.
  std::vector<double> column_bottoms;
  // The even pages left blank so that what follows starts on a right-hand page (no running
  // header or footer goes on them), in order.
  std::vector<size_t> blank_pages;
  // Set when the blocks need more pages than the limit: the block that would start the page
  // after the last one allowed. The pages are then incomplete and not to be used.
  std::optional<SourceLocation> page_limit_reached_at;
  std::vector<CutOffBlock> cut_off;  // in the order placed, each block once
  // For the preflight report: the units' notes with their pages, and page flow's own (headings
  // moved on to stay with their text, or left without it), in the order they were placed.
  std::vector<LayoutNote> notes;
};

// Stacks the blocks down the page's frames (see frames_on_page: columns, cards, or the text area)
// and moves to the next frame, or page, when the next piece does not fit; blocks are measured at
// `area`, the first frame, and moved across to the frame they land in. A page break starts a new
// page, a column break the next frame (neither on an empty one). A table's header row is
// repeated at the top of each frame it continues in. A right-page break on a two-sided page
// places the floating figures still waiting, then starts the next odd page, leaving an even page
// blank when it would be empty (on a one-sided page it is a page break). Below, "page" means
// frame.
// Spacing: adjacent space after and space before collapse to the larger; space at the top of a
// page is dropped. Breaking: a heading moves on with what it keeps with, a short paragraph or a
// figure moves whole, a paragraph of at least orphans + widows lines splits leaving at least
// `rules.orphans` lines at the foot of a page and `rules.widows` at the head of the next.
// Floats: a floating figure that does not fit in the space left waits for the top of the next
// page while the blocks after it fill that space; waiting figures keep their order (a floating
// figure that comes while others wait queues behind them; a pinned one keeps its place in the
// text, even ahead of them). A heading keeps with the text after it, past any floating figure
// in between, which may move away. A block too tall for any page splits between its
// units wherever it starts, and an empty page takes at least one unit, so flow always terminates.
// Balancing: with more than one column (not cards) and `page.balance_columns`, the last page is
// laid out with the shortest columns (to within half a point) that still hold all its content by
// the rules above, without a page after it, so its columns end at about the same height. Earlier
// pages are never changed. A page or column break block on the last page leaves it unbalanced.
// Bleed figures: their images are extended as bleed_figure_box says, from their frame's
// bleed_reach.
// Limit: flow stops at the first piece that needs page `max_pages` + 1 (see page_limit_reached_at).
FlowedPages flow_pages(std::vector<FlowBlock> blocks, const PageDef& page, const TextArea& area,
                       const PaginationRules& rules = {}, uint64_t max_pages = UINT64_MAX);

}  // namespace handout
