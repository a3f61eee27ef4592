#include "impose/sheet_size.h"

#include <string>

#include "core/pdf_limits.h"
#include "core/points_text.h"
#include "impose/crop_marks.h"

namespace handout {
namespace {

bool is_landscape(const PageDef& page) { return page.width > page.height; }

bool pairs_pages(const PageDef& page) {
  return page.impose == Imposition::two_up || page.impose == Imposition::booklet;
}

// Landscape pages printed 2up are stacked; every other pairing puts them side by side (see
// print_sheets).
bool stacks_pages(const PageDef& page) {
  return page.impose == Imposition::two_up && is_landscape(page);
}

double room_around(const PageDef& page) {
  return page.bleed + (page.crop_marks ? crop_mark_slug(page.bleed) : 0);
}

// "printed 2up with bleed, each sheet (two pages side by side)"
std::string what_makes_the_sheet(const PageDef& page) {
  std::string text = "printed";
  if (page.impose == Imposition::two_up) text += " 2up";
  if (page.impose == Imposition::booklet) text += " as a booklet";
  if (page.bleed > 0 && page.crop_marks) {
    text += " with bleed and crop marks";
  } else if (page.bleed > 0) {
    text += " with bleed";
  } else if (page.crop_marks) {
    text += " with crop marks";
  }
  text += ", each sheet";
  if (pairs_pages(page)) {
    text += stacks_pages(page) ? " (two pages one above the other)" : " (two pages side by side)";
  }
  return text;
}

}  // namespace

SheetMedia printed_sheet_media(const PageDef& page) {
  const double room = 2 * room_around(page);
  const bool paired = pairs_pages(page);
  const bool stacked = stacks_pages(page);
  return {(paired && !stacked ? 2 : 1) * page.width + room, (stacked ? 2 : 1) * page.height + room};
}

void check_printed_sheet_size(const PageDef& page, Diagnostics& diagnostics) {
  const SheetMedia sheet = printed_sheet_media(page);
  if (is_pdf_page_side(sheet.width) && is_pdf_page_side(sheet.height)) return;
  diagnostics.error(page.size_where,
                    what_makes_the_sheet(page) + " is " + format_points(sheet.width) + " x " +
                        format_points(sheet.height) + ", more than the " +
                        format_points(kLargestPdfPage) +
                        " (200in) a PDF page can measure on a side",
                    {"make the page smaller, or leave out what makes the sheet larger"});
}

}  // namespace handout
