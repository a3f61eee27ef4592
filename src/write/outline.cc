#include "write/outline.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "write/pdf_text_string.h"

namespace handout {
namespace {

struct OpenLevel {
  int level;
  HPDF_Outline outline;
};

HPDF_Outline parent_for(std::vector<OpenLevel>& open, int level) {
  while (!open.empty() && open.back().level >= level) open.pop_back();
  return open.empty() ? nullptr : open.back().outline;
}

bool add_entry(LibharuSession& session, const OutlineEntry& entry,
               const std::vector<WrittenPage>& pages, std::vector<OpenLevel>& open) {
  if (entry.page_index >= pages.size()) {
    session.fail("the bookmark '" + entry.title + "' points to page " +
                 std::to_string(entry.page_index + 1) + " of " + std::to_string(pages.size()));
    return false;
  }
  HPDF_Outline parent = parent_for(open, entry.level);
  HPDF_Outline outline =
      session.check(HPDF_CreateOutline(session.doc(), parent, "", session.utf8()));
  if (outline == nullptr) return false;
  // The title as a text string of our own (write/pdf_text_string.h): libharu's UTF-8 encoder
  // loses what is above U+FFFF, and its C string ends at a NUL.
  HPDF_Binary title = session.check(pdf_text_string(session.doc()->mmgr, entry.title));
  if (title == nullptr || !session.check(HPDF_Dict_Add(outline, "Title", title))) return false;
  // libharu gives every item the root's /Type /Outlines; items have no /Type at all.
  session.check(HPDF_Dict_RemoveElement(outline, "Type"));
  HPDF_Destination destination = place_on_page(session, pages[entry.page_index], entry.y);
  if (destination == nullptr || !session.check(HPDF_Outline_SetDestination(outline, destination)) ||
      !session.check(HPDF_Outline_SetOpened(outline, HPDF_TRUE))) {
    return false;
  }
  open.push_back({entry.level, outline});
  return true;
}

}  // namespace

// libharu's SetXYZ rejects a null zoom (it allows 0.08 to 32 only), so the destination array
// [page /XYZ left top null] is rebuilt by hand.
HPDF_Destination place_on_page(LibharuSession& session, const WrittenPage& page, double y) {
  HPDF_Destination destination = session.check(HPDF_Page_CreateDestination(page.page));
  if (destination == nullptr) return nullptr;
  HPDF_MMgr mmgr = session.doc()->mmgr;
  HPDF_Array_Clear(destination);
  session.check(HPDF_Array_Add(destination, page.page));
  session.check(HPDF_Array_AddName(destination, "XYZ"));
  session.check(HPDF_Array_AddReal(destination, 0));
  // On the media: libharu writes no real past 32767.
  const double top =
      std::isfinite(y) ? std::clamp(page.height - y, 0.0, page.media_height) : page.media_height;
  session.check(HPDF_Array_AddReal(destination, static_cast<HPDF_REAL>(top)));
  session.check(HPDF_Array_Add(destination, HPDF_Null_New(mmgr)));
  return session.failed() ? nullptr : destination;
}

bool add_outline(LibharuSession& session, const std::vector<OutlineEntry>& entries,
                 const std::vector<WrittenPage>& pages) {
  if (entries.empty()) return true;
  session.set_activity("adding the bookmarks");
  std::vector<OpenLevel> open;
  for (const OutlineEntry& entry : entries) {
    if (!add_entry(session, entry, pages, open)) return false;
  }
  return session.check(HPDF_SetPageMode(session.doc(), HPDF_PAGE_MODE_USE_OUTLINE));
}

}  // namespace handout
