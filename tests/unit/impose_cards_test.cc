#include <doctest/doctest.h>

#include "impose/card_sheets.h"
#include "impose_test_support.h"

namespace handout {
namespace {

using namespace impose_test;

constexpr double kMm = 72.0 / 25.4;

// A 300 x 200 sheet with a grid of two cards across, one down, inside `left` and `right`
// margins (20 at the top and bottom).
PageDef card_page(double left = 20, double right = 20) {
  PageDef page;
  page.width = 300;
  page.height = 200;
  page.margin_top = page.margin_bottom = 20;
  page.margin_left = left;
  page.margin_right = right;
  page.cards = CardGridDef{2, 1, 0, 5, std::nullopt, {}};
  return page;
}

LaidOutDocument sheet_with(std::vector<PageItem> items) {
  LaidOutDocument document;
  document.pages.push_back({300, 200, std::move(items)});
  return document;
}

TEST_CASE("impose cards: each back sheet follows its front, its cards mirrored left to right") {
  LaidOutDocument sheets = card_sheets(
      sheet_with({named_run("front 1", 25, 40), named_run("front 2", 155, 40)}),
      sheet_with({named_run("back 1", 25, 40), named_run("back 2", 155, 40)}), card_page());
  REQUIRE(sheets.pages.size() == 2);
  CHECK(runs_text(sheets.pages[0]) == "front 1@25,40 front 2@155,40");
  // Card 1 is [20, 150] and card 2 [150, 280]: turned over, card 1's back is at [150, 280].
  CHECK(runs_text(sheets.pages[1]) == "back 1@155,40 back 2@25,40");
}

TEST_CASE("impose cards: with unequal margins the back grid is the front grid mirrored") {
  // Cards at [30, 160] and [160, 290]; behind them, on the back, [140, 270] and [10, 140].
  LaidOutDocument sheets = card_sheets(
      sheet_with({named_run("front", 35, 40)}),
      sheet_with({named_run("back 1", 35, 40), named_run("back 2", 165, 40)}), card_page(30, 10));
  REQUIRE(sheets.pages.size() == 2);
  CHECK(runs_text(sheets.pages[1]) == "back 1@145,40 back 2@15,40");
}

TEST_CASE("impose cards: cut marks at every card edge, outside the grid, on the fronts only") {
  LaidOutDocument sheets = card_sheets(sheet_with({named_run("front", 25, 40)}),
                                       sheet_with({named_run("back", 25, 40)}), card_page());
  REQUIRE(sheets.pages.size() == 2);
  CHECK(items_on<DrawnLine>(sheets.pages[0]).size() ==
        10);  // three vertical cuts, two horizontal, both ends
  CHECK(items_on<DrawnLine>(sheets.pages[1]).size() == 0);
  for (const PageItem& item : sheets.pages[0].items) {
    const auto* line = std::get_if<DrawnLine>(&item);
    if (line == nullptr) continue;
    const bool vertical = line->x1 == line->x2;
    if (vertical) {
      CHECK((line->y2 <= 20 - 1.5 * kMm + 1e-6 || line->y1 >= 180 + 1.5 * kMm - 1e-6));
    } else {
      CHECK((line->x2 <= 20 - 1.5 * kMm + 1e-6 || line->x1 >= 280 + 1.5 * kMm - 1e-6));
    }
  }
}

TEST_CASE("impose cards: backs with nothing to print add no sheets; more backs add blank fronts") {
  LaidOutDocument empty_backs;
  empty_backs.pages.push_back({300, 200, {}});
  CHECK(card_sheets(sheet_with({named_run("front", 25, 40)}), empty_backs, card_page())
            .pages.size() == 1);
  LaidOutDocument two_backs = sheet_with({named_run("back 1", 25, 40)});
  two_backs.pages.push_back({300, 200, {named_run("back 9", 25, 40)}});
  LaidOutDocument sheets =
      card_sheets(sheet_with({named_run("front", 25, 40)}), two_backs, card_page());
  REQUIRE(sheets.pages.size() == 4);
  CHECK(runs_text(sheets.pages[2]).empty());                 // no front for the second back sheet
  CHECK(items_on<DrawnLine>(sheets.pages[2]).size() == 10);  // but its cut marks
  CHECK(runs_text(sheets.pages[3]) == "back 9@155,40");
}

}  // namespace
}  // namespace handout
