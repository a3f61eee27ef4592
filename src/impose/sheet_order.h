#pragma once

#include <optional>
#include <vector>

namespace handout {

// One side of a printed sheet holding two pages, by their index in the document (0 = page 1);
// none: that half is blank paper.
struct SheetSide {
  std::optional<size_t> first;   // the left half (the top half of a sheet of landscape pages)
  std::optional<size_t> second;  // the right (or bottom) half
};

// Two pages to a sheet side in reading order: 1|2, 3|4, ...; an odd last page has a blank half.
std::vector<SheetSide> two_up_order(size_t page_count);

// Saddle stitch: the page count is padded with blank pages to a multiple of 4 (N), and the sheet
// sides, printed duplex, folded and stapled, read in order. Side s holds N-s | s+1 when s is
// even (a sheet's front) and s+1 | N-s when it is odd (its back): for 8 pages 8|1, 2|7, 6|3, 4|5.
std::vector<SheetSide> booklet_order(size_t page_count);

}  // namespace handout
