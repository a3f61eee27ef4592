#include "write/document_info.h"

#include <hpdf_version.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "write/iso_date.h"
#include "write/pdf_text_string.h"

namespace handout {
namespace {

const std::string kHandout = std::string("handout ") + HANDOUT_VERSION;

// 9999-12-31T23:59:59Z: PDF dates have four-digit years.
constexpr int64_t kLastEpochSecond = 253402300799;

std::optional<int64_t> parse_epoch_seconds(std::string_view text) {
  int64_t seconds = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, seconds);
  if (text.empty() || text[0] == '-' || error != std::errc() || stop != end ||
      seconds > kLastEpochSecond) {
    return std::nullopt;
  }
  return seconds;
}

DocumentDate utc_date_of(int64_t epoch_seconds) {
  using namespace std::chrono;
  const sys_seconds moment{seconds{epoch_seconds}};
  const sys_days day = floor<days>(moment);
  const year_month_day calendar{day};
  const hh_mm_ss<seconds> time{moment - day};
  return {static_cast<int>(calendar.year()),
          static_cast<int>(static_cast<unsigned>(calendar.month())),
          static_cast<int>(static_cast<unsigned>(calendar.day())),
          static_cast<int>(time.hours().count()),
          static_cast<int>(time.minutes().count()),
          static_cast<int>(time.seconds().count()),
          true};
}

const char* info_key(HPDF_InfoType field) {
  switch (field) {
    case HPDF_INFO_AUTHOR:
      return "Author";
    case HPDF_INFO_CREATOR:
      return "Creator";
    case HPDF_INFO_PRODUCER:
      return "Producer";
    case HPDF_INFO_TITLE:
      return "Title";
    case HPDF_INFO_SUBJECT:
      return "Subject";
    default:
      return "Keywords";
  }
}

bool set_text(LibharuSession& session, HPDF_InfoType field, const std::string& value) {
  if (value.empty()) return true;
  // libharu makes the Info dictionary and the entry; the value is then replaced by a text string
  // of our own (write/pdf_text_string.h): libharu's UTF-8 encoder loses what is above U+FFFF.
  HPDF_Doc doc = session.doc();
  if (!session.check(HPDF_SetInfoAttr(doc, field, ""))) return false;
  HPDF_Binary text = session.check(pdf_text_string(doc->mmgr, value));
  return text != nullptr && session.check(HPDF_Dict_Add(doc->info, info_key(field), text));
}

bool set_dates(LibharuSession& session, const std::optional<DocumentDate>& date) {
  if (!date) return true;
  HPDF_Date pdf_date{date->year,   date->month,           date->day, date->hour, date->minute,
                     date->second, date->utc ? 'Z' : ' ', 0,         0};
  return session.check(HPDF_SetInfoDateAttr(session.doc(), HPDF_INFO_CREATION_DATE, pdf_date)) &&
         session.check(HPDF_SetInfoDateAttr(session.doc(), HPDF_INFO_MOD_DATE, pdf_date));
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

std::optional<DocumentDate> document_date(const std::string& data_date,
                                          const char* source_date_epoch, Diagnostics& diagnostics) {
  std::optional<int64_t> epoch;
  if (source_date_epoch != nullptr) {
    epoch = parse_epoch_seconds(source_date_epoch);
    if (!epoch) {
      diagnostics.error({},
                        "SOURCE_DATE_EPOCH is '" + std::string(source_date_epoch) +
                            "': it must be a whole number of seconds since 1970-01-01 UTC",
                        {"unset it, or set it to e.g. $(git log -1 --format=%ct)"},
                        FailureKind::bad_usage);
      return std::nullopt;
    }
  }
  if (std::optional<CalendarDate> day = parse_iso_date(data_date)) {
    return DocumentDate{day->year, day->month, day->day};
  }
  if (epoch) return utc_date_of(*epoch);
  return std::nullopt;
}

bool set_document_info(LibharuSession& session, const DocumentInfo& info,
                       const std::optional<DocumentDate>& date) {
  session.set_activity("setting the document information");
  std::string creator = info.creator.empty() ? kHandout : info.creator;
  return set_text(session, HPDF_INFO_TITLE, info.title) &&
         set_text(session, HPDF_INFO_AUTHOR, info.author) &&
         set_text(session, HPDF_INFO_SUBJECT, info.subject) &&
         set_text(session, HPDF_INFO_KEYWORDS, info.keywords) &&
         set_text(session, HPDF_INFO_CREATOR, creator) &&
         set_text(session, HPDF_INFO_PRODUCER, kHandout + " with libharu " + HPDF_VERSION_TEXT) &&
         set_dates(session, date) && set_catalog_entries(session, info.language);
}

}  // namespace handout
