#include "impose/sheet_order.h"

namespace handout {
namespace {

std::optional<size_t> page_or_blank(size_t index, size_t page_count) {
  if (index < page_count) return index;
  return std::nullopt;
}

}  // namespace

std::vector<SheetSide> two_up_order(size_t page_count) {
  std::vector<SheetSide> sides;
  for (size_t first = 0; first < page_count; first += 2) {
    sides.push_back({first, page_or_blank(first + 1, page_count)});
  }
  return sides;
}

std::vector<SheetSide> booklet_order(size_t page_count) {
  const size_t padded = (page_count + 3) / 4 * 4;
  std::vector<SheetSide> sides;
  for (size_t side = 0; side < padded / 2; ++side) {
    const size_t outer = padded - 1 - side;  // from the back cover inwards
    const size_t inner = side;               // from the front cover inwards
    const bool front_of_sheet = side % 2 == 0;
    sides.push_back({page_or_blank(front_of_sheet ? outer : inner, page_count),
                     page_or_blank(front_of_sheet ? inner : outer, page_count)});
  }
  return sides;
}

}  // namespace handout
