#include "impose/print_sheets.h"

#include "impose/card_sheets.h"
#include "impose/crop_marks.h"
#include "impose/sheet_order.h"
#include "impose/two_page_sheets.h"
#include "layout/page_background.h"

namespace handout {
namespace {

bool is_landscape(const LaidOutDocument& document) {
  return !document.pages.empty() && document.pages.front().width > document.pages.front().height;
}

// The blank pages a booklet needs to fill its last sheet are pages of the document: they have
// its background, as the pages layout leaves blank do.
void pad_for_booklet(LaidOutDocument& document, const PageDef& page) {
  if (document.pages.empty()) return;
  std::vector<LaidOutPage> blanks;
  const LaidOutPage& first = document.pages.front();
  while ((document.pages.size() + blanks.size()) % 4 != 0) {
    blanks.push_back({first.width, first.height, {}, first.bleed});
  }
  add_page_backgrounds(page, blanks);
  for (LaidOutPage& blank : blanks) document.pages.push_back(std::move(blank));
}

LaidOutDocument imposed(LaidOutDocument pages, LaidOutDocument backs, const PageDef& page) {
  switch (page.impose) {
    case Imposition::none:
      return pages;
    case Imposition::two_up: {
      const PagePairing pairing =
          is_landscape(pages) ? PagePairing::stacked : PagePairing::side_by_side;
      std::vector<SheetSide> order = two_up_order(pages.pages.size());
      return two_page_sheets(std::move(pages), order, pairing);
    }
    case Imposition::booklet: {
      pad_for_booklet(pages, page);
      std::vector<SheetSide> order = booklet_order(pages.pages.size());
      return two_page_sheets(std::move(pages), order, PagePairing::side_by_side);
    }
    case Imposition::cards:
      return card_sheets(std::move(pages), std::move(backs), page);
  }
  return pages;
}

// The sheet's corners, and for 2-up the line between its pages, which are cut apart (a
// booklet's pages are folded there instead).
void add_sheet_crop_marks(LaidOutPage& sheet, const PageDef& page, bool stacked) {
  std::vector<double> xs = {0, sheet.width};
  std::vector<double> ys = {0, sheet.height};
  if (page.impose == Imposition::two_up) {
    if (stacked) {
      ys.insert(ys.begin() + 1, sheet.height / 2);
    } else {
      xs.insert(xs.begin() + 1, sheet.width / 2);
    }
  }
  add_crop_marks(sheet, xs, ys);
}

}  // namespace

LaidOutDocument print_sheets(LaidOutDocument pages, LaidOutDocument backs, const PageDef& page) {
  const bool stacked = is_landscape(pages);
  LaidOutDocument sheets = imposed(std::move(pages), std::move(backs), page);
  if (page.crop_marks) {
    for (LaidOutPage& sheet : sheets.pages) add_sheet_crop_marks(sheet, page, stacked);
  }
  return sheets;
}

}  // namespace handout
