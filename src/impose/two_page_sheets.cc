#include "impose/two_page_sheets.h"

#include "impose/page_placement.h"

namespace handout {
namespace {

struct PairGeometry {
  double sheet_width = 0;
  double sheet_height = 0;
  PagePlacement first;  // on sheet 0; the sheet index is filled in per side
  PagePlacement second;
};

PairGeometry pair_geometry(const LaidOutPage& page, PagePairing pairing) {
  const double w = page.width;
  const double h = page.height;
  const double b = page.bleed;
  if (pairing == PagePairing::stacked) {
    return {w, 2 * h, {0, 0, 0, {b, b, b, 0}}, {0, 0, h, {b, 0, b, b}}};
  }
  return {2 * w, h, {0, 0, 0, {b, b, 0, b}}, {0, w, 0, {0, b, b, b}}};
}

// Where every page goes, by page index.
std::vector<PagePlacement> placements_of(const std::vector<SheetSide>& sides,
                                         const PairGeometry& geometry, size_t page_count) {
  std::vector<PagePlacement> placements(page_count);
  for (size_t sheet = 0; sheet < sides.size(); ++sheet) {
    if (sides[sheet].first) {
      placements.at(*sides[sheet].first) = geometry.first;
      placements.at(*sides[sheet].first).sheet = sheet;
    }
    if (sides[sheet].second) {
      placements.at(*sides[sheet].second) = geometry.second;
      placements.at(*sides[sheet].second).sheet = sheet;
    }
  }
  return placements;
}

}  // namespace

LaidOutDocument two_page_sheets(LaidOutDocument document, const std::vector<SheetSide>& sides,
                                PagePairing pairing) {
  if (document.pages.empty()) return document;
  const PairGeometry geometry = pair_geometry(document.pages.front(), pairing);
  const std::vector<PagePlacement> placements =
      placements_of(sides, geometry, document.pages.size());
  LaidOutDocument sheets{
      document.info, {}, placed_outline(std::move(document.outline), placements)};
  for (size_t sheet = 0; sheet < sides.size(); ++sheet) {
    LaidOutPage& side = sheets.pages.emplace_back(
        LaidOutPage{geometry.sheet_width, geometry.sheet_height, {}, document.pages.front().bleed});
    for (std::optional<size_t> page : {sides[sheet].first, sides[sheet].second}) {
      if (!page) continue;
      place_page(std::move(document.pages[*page]), placements[*page], placements, side);
    }
  }
  return sheets;
}

}  // namespace handout
