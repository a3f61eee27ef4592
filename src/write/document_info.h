#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "write/libharu_session.h"

namespace handout {

// The moment written as the Info dictionary's CreationDate and ModDate.
struct DocumentDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool utc = false;  // written with a Z: a moment in UTC rather than a calendar day

  bool operator==(const DocumentDate&) const = default;
};

// The document's date, never the clock, so output is reproducible: the data's `date` when it is
// an ISO date (YYYY-MM-DD, written without a time zone), else SOURCE_DATE_EPOCH (whole seconds
// since 1970-01-01 UTC; `source_date_epoch` is the variable's value, null when unset), else none
// (no date is written at all). A malformed SOURCE_DATE_EPOCH is an error even when the data has a
// date, as the reproducible-builds specification asks; it then returns nothing.
std::optional<DocumentDate> document_date(const std::string& data_date,
                                          const char* source_date_epoch, Diagnostics& diagnostics);

// Fills the Info dictionary (Title, Author, Subject, Keywords, Creator, Producer and, with a
// date, CreationDate and ModDate), the catalog's /Lang and asks viewers to show the title rather
// than the file name.
bool set_document_info(LibharuSession& session, const DocumentInfo& info,
                       const std::optional<DocumentDate>& date);

}  // namespace handout
