#include "write/document_info.h"

#include <hpdf_version.h>

#include <string>

#include "write/iso_date.h"

namespace handout {
namespace {

const std::string kHandout = std::string("handout ") + HANDOUT_VERSION;

bool set_text(LibharuSession& session, HPDF_InfoType field, const std::string& value) {
  // libharu encodes the value with the current encoder, which the session set to UTF-8.
  return value.empty() || session.check(HPDF_SetInfoAttr(session.doc(), field, value.c_str()));
}

bool set_creation_date(LibharuSession& session, const std::string& date_text) {
  std::optional<CalendarDate> date = parse_iso_date(date_text);
  if (!date) return true;
  HPDF_Date pdf_date{date->year, date->month, date->day, 0, 0, 0, ' ', 0, 0};
  return session.check(HPDF_SetInfoDateAttr(session.doc(), HPDF_INFO_CREATION_DATE, pdf_date));
}

bool set_catalog_entries(LibharuSession& session, const std::string& language) {
  HPDF_Doc doc = session.doc();
  HPDF_Dict preferences = session.check(HPDF_Dict_New(doc->mmgr));
  if (preferences == nullptr) return false;
  // libharu 2.3's SetViewerPreference knows no DisplayDocTitle.
  session.check(HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE));
  session.check(HPDF_Dict_Add(doc->catalog, "ViewerPreferences", preferences));
  if (!language.empty()) {
    session.check(
        HPDF_Dict_Add(doc->catalog, "Lang", HPDF_String_New(doc->mmgr, language.c_str(), nullptr)));
  }
  return !session.failed();
}

}  // namespace

bool set_document_info(LibharuSession& session, const DocumentInfo& info) {
  session.set_activity("setting the document information");
  std::string creator = info.creator.empty() ? kHandout : info.creator;
  return set_text(session, HPDF_INFO_TITLE, info.title) &&
         set_text(session, HPDF_INFO_AUTHOR, info.author) &&
         set_text(session, HPDF_INFO_SUBJECT, info.subject) &&
         set_text(session, HPDF_INFO_KEYWORDS, info.keywords) &&
         set_text(session, HPDF_INFO_CREATOR, creator) &&
         set_text(session, HPDF_INFO_PRODUCER, kHandout + " with libharu " + HPDF_VERSION_TEXT) &&
         set_creation_date(session, info.date) && set_catalog_entries(session, info.language);
}

}  // namespace handout
