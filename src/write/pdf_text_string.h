#pragma once

#include <hpdf.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "core/pdf_limits.h"

namespace handout {

// libharu writes strings of at most 65,535 bytes: the byte order mark and this many units.
constexpr size_t kMaxTextStringUnits = kMostPdfTextUnits;

// The bytes of a PDF text string (PDF 32000-1, 7.9.2.2) holding UTF-8 text: the UTF-16BE byte
// order mark, then the text in UTF-16BE, with surrogate pairs above U+FFFF. A malformed byte
// becomes U+FFFD. Text longer than `max_units` UTF-16 units is cut between two characters and
// ends in an ellipsis (U+2026): a bookmark or a title, not worth failing the document for.
std::string pdf_text_string_bytes(std::string_view utf8, size_t max_units = kMaxTextStringUnits);

// The text string as a libharu object that it writes in hex (<FEFF...>), for the Info dictionary
// and bookmark titles: libharu's own UTF-8 encoder knows only U+0000..U+FFFF (it wrote an emoji
// as spaces) and takes C strings (a NUL ended the text). Null when libharu fails.
HPDF_Binary pdf_text_string(HPDF_MMgr mmgr, std::string_view utf8);

}  // namespace handout
