#include "impose/card_sheets.h"

#include <algorithm>
#include <cmath>

#include "impose/crop_marks.h"
#include "impose/page_placement.h"
#include "layout/frames.h"
#include "layout/page_items.h"

namespace handout {
namespace {

constexpr double kMillimetre = 72.0 / 25.4;
// Short marks close to the grid, so they stay clear of a footer centred in the margin.
constexpr double kCutMarkOffset = 1.5 * kMillimetre;
constexpr double kCutMarkLength = 3 * kMillimetre;

void add_unique(std::vector<double>& values, double value) {
  const bool known = std::any_of(values.begin(), values.end(),
                                 [&](double known) { return std::abs(known - value) < 1e-6; });
  if (!known) values.push_back(value);
}

TextArea bounds_of(const std::vector<TextArea>& cards) {
  double left = cards.front().left, top = cards.front().top;
  double right = cards.front().right(), bottom = cards.front().bottom();
  for (const TextArea& card : cards) {
    left = std::min(left, card.left);
    top = std::min(top, card.top);
    right = std::max(right, card.right());
    bottom = std::max(bottom, card.bottom());
  }
  return {left, top, right - left, bottom - top};
}

// Marks at every card edge, as long as the narrowest margin around the grid allows.
CutMarks card_cut_marks(const std::vector<TextArea>& cards, const LaidOutPage& sheet) {
  CutMarks marks;
  marks.around = bounds_of(cards);
  for (const TextArea& card : cards) {
    add_unique(marks.xs, card.left);
    add_unique(marks.xs, card.right());
    add_unique(marks.ys, card.top);
    add_unique(marks.ys, card.bottom());
  }
  const TextArea& grid = marks.around;
  const double margin =
      std::min({grid.left, grid.top, sheet.width - grid.right(), sheet.height - grid.bottom()});
  marks.offset = kCutMarkOffset;
  marks.length = std::min(kCutMarkLength, margin - kCutMarkOffset);
  return marks;
}

// Where an item starts across the page, to tell which card column it is in.
struct LeftEdge {
  double operator()(const TextRun& run) const { return run.x; }
  double operator()(const DrawnLine& line) const { return std::min(line.x1, line.x2); }
  double operator()(const ClipEnd&) const { return NAN; }
  template <typename Cornered>
  double operator()(const Cornered& item) const {
    return item.x;
  }
};

// How far an item at `x` moves so its card lands behind its front: the card column it starts in
// (a bleed figure may start a little left of its card, into the gap) mirrored across the sheet.
double mirror_shift(double x, const std::vector<TextArea>& cards, double gap, double sheet_width) {
  const TextArea* column = nullptr;
  for (const TextArea& card : cards) {
    if (x >= card.left - gap / 2 - 1e-6 && (!column || card.left > column->left)) column = &card;
  }
  if (column == nullptr) return 0;
  return sheet_width - column->right() - column->left;
}

LaidOutPage mirrored_back(LaidOutPage back, const PageDef& page, size_t index) {
  const std::vector<TextArea> cards = cards_on_page(page, index);
  double shift = 0;  // a ClipEnd goes with the items its ClipBegin started
  for (PageItem& item : back.items) {
    const double x = std::visit(LeftEdge{}, item);
    if (!std::isnan(x)) shift = mirror_shift(x, cards, page.cards->gap, back.width);
    move_item(item, shift, 0);
  }
  return back;
}

bool has_content(const LaidOutDocument& backs) {
  return std::any_of(backs.pages.begin(), backs.pages.end(),
                     [](const LaidOutPage& page) { return !page.items.empty(); });
}

// Sheet i of one side (0: fronts, 1: backs) is sheets[i * sides + side], where its page lies
// as laid out, reaching into the bleed all round.
std::vector<PagePlacement> sheet_placements(size_t count, size_t sides, size_t side, double bleed) {
  std::vector<PagePlacement> placements(count);
  for (size_t i = 0; i < count; ++i) {
    placements[i] = {i * sides + side, 0, 0, {bleed, bleed, bleed, bleed}};
  }
  return placements;
}

LaidOutPage blank_sheet(const PageDef& page) { return {page.width, page.height, {}, page.bleed}; }

}  // namespace

LaidOutDocument card_sheets(LaidOutDocument fronts, LaidOutDocument backs, const PageDef& page) {
  if (!page.cards) return fronts;
  const bool with_backs = has_content(backs);
  const size_t count = std::max(fronts.pages.size(), with_backs ? backs.pages.size() : size_t{0});
  const size_t sides = with_backs ? 2 : 1;
  const std::vector<PagePlacement> front_places = sheet_placements(count, sides, 0, page.bleed);
  const std::vector<PagePlacement> back_places = sheet_placements(count, sides, 1, page.bleed);
  LaidOutDocument sheets{fronts.info, {}, placed_outline(std::move(fronts.outline), front_places)};
  for (size_t i = 0; i < count; ++i) {
    LaidOutPage& front = sheets.pages.emplace_back(blank_sheet(page));
    if (i < fronts.pages.size()) {
      place_page(std::move(fronts.pages[i]), front_places[i], front_places, front);
    }
    add_cut_marks(card_cut_marks(cards_on_page(page, i), front), front);
    if (!with_backs) continue;
    LaidOutPage& back = sheets.pages.emplace_back(blank_sheet(page));
    if (i < backs.pages.size()) {
      place_page(mirrored_back(std::move(backs.pages[i]), page, i), back_places[i], back_places,
                 back);
    }
  }
  return sheets;
}

}  // namespace handout
