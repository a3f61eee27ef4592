#include "write/page_boxes.h"

#include <cmath>
#include <string>

#include "core/pdf_limits.h"
#include "write/pdf_syntax.h"

namespace handout {
namespace {

// The most room past the trim a page may have (bleed + slug), so media stay within PDF's size
// limits and a mistake does not make a page metres wide.
constexpr double kMostRoom = 144;

double room_around(const LaidOutPage& laid_out) { return laid_out.bleed + laid_out.slug; }

// The template's page size and imposition were checked against PDF's page sizes where they are
// written; libharu is never asked for a size it refuses.
bool is_sizable(const LaidOutPage& laid_out) {
  const double room = room_around(laid_out);
  return std::isfinite(room) && laid_out.bleed >= 0 && laid_out.slug >= 0 && room <= kMostRoom &&
         is_pdf_page_side(laid_out.width + 2 * room) &&
         is_pdf_page_side(laid_out.height + 2 * room);
}

// A box `inset` in from every edge of the media.
HPDF_Box inset_box(double media_width, double media_height, double inset) {
  return {static_cast<HPDF_REAL>(inset), static_cast<HPDF_REAL>(inset),
          static_cast<HPDF_REAL>(media_width - inset),
          static_cast<HPDF_REAL>(media_height - inset)};
}

bool add_box(LibharuSession& session, HPDF_Page page, const char* name, HPDF_Box box) {
  HPDF_Array array = session.check(HPDF_Box_Array_New(page->mmgr, box));
  return array != nullptr && session.check(HPDF_Dict_Add(page, name, array));
}

}  // namespace

WrittenPage add_boxed_page(LibharuSession& session, const LaidOutPage& laid_out,
                           size_t page_number) {
  session.set_activity("adding page " + std::to_string(page_number));
  const double room = room_around(laid_out);
  const double media_width = laid_out.width + 2 * room;
  const double media_height = laid_out.height + 2 * room;
  HPDF_Page page = is_sizable(laid_out) ? session.check(HPDF_AddPage(session.doc())) : nullptr;
  if (page == nullptr ||
      !session.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(media_width))) ||
      !session.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(media_height)))) {
    session.fail("page " + std::to_string(page_number) + " cannot be " +
                 pdf_number(laid_out.width) + " by " + pdf_number(laid_out.height) + " points" +
                 (room == 0 ? "" : " with " + pdf_number(room) + " points around it"));
    return {};
  }
  if (!add_box(session, page, "BleedBox", inset_box(media_width, media_height, laid_out.slug)) ||
      !add_box(session, page, "TrimBox", inset_box(media_width, media_height, room))) {
    return {};
  }
  return {page, room + laid_out.height, room, media_width, media_height};
}

std::string trim_origin_operators(const LaidOutPage& laid_out) {
  const double room = room_around(laid_out);
  if (room == 0) return "";
  return "q\n1 0 0 1 " + pdf_number(room) + " " + pdf_number(room) + " cm\n";
}

std::string trim_origin_end(const LaidOutPage& laid_out) {
  return room_around(laid_out) == 0 ? "" : "Q\n";
}

}  // namespace handout
