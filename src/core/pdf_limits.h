#pragma once

// What a PDF written by libharu 2.3 can hold (hpdf_consts.h; src/write checks that these are
// libharu's numbers). Loading, binding and imposition check the values they make against these,
// where the value's position is known, so that the writer is never handed a document libharu
// would refuse half way through writing it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace handout {

// A page's media, each side: HPDF_MIN_PAGE_SIZE and HPDF_MAX_PAGE_SIZE (200 inches), which is
// also Acrobat's limit.
inline constexpr double kSmallestPdfPage = 3;
inline constexpr double kLargestPdfPage = 14400;

// Bytes of one string object (HPDF_LIMIT_MAX_STRING_LEN), as given to libharu: UTF-8 for the
// document information and bookmarks, percent-encoded ASCII for a link's address.
inline constexpr size_t kMostPdfStringBytes = 65535;

// UTF-16 code units of one text string (the document information's title, author, subject and
// keywords, and a bookmark's title): the writer writes them in UTF-16BE, which libharu's own
// encoder cannot do above U+FFFF, so the 65535 bytes hold the byte order mark and 32766 units. A
// character above U+FFFF (an emoji) takes two units.
inline constexpr size_t kMostPdfTextUnits = (kMostPdfStringBytes - 2) / 2;

// Elements of one array (HPDF_LIMIT_MAX_ARRAY): a page's links (/Annots), the pages under one
// node of the page tree (/Kids), a font's widths (/W).
inline constexpr size_t kMostPdfArrayElements = 32767;

// Entries of one dictionary (HPDF_LIMIT_MAX_DICT_ELEMENT): the images one page names.
inline constexpr size_t kMostPdfDictionaryEntries = 4095;

// Numbers libharu writes as reals (HPDF_LIMIT_MAX_REAL): link rectangles and destinations.
inline constexpr double kLargestPdfReal = 32767;

// Objects of one document (HPDF_LIMIT_MAX_XREF_ELEMENT).
inline constexpr size_t kMostPdfObjects = 8388607;

// Bytes of the whole file: libharu keeps it in a memory stream whose size is 32 bits (it would
// wrap past 4 GiB and save a damaged file). The images' data is checked against this.
inline constexpr uint64_t kMostPdfBytes = 4294967295;

// "3pt to 14400pt (200in)", for messages.
std::string pdf_page_size_range();

// Whether a page side of `points` can be a PDF page's.
bool is_pdf_page_side(double points);

// "is 70000 bytes long, more than the 65535 bytes " for a message that goes on with what can
// hold no more ("a PDF bookmark can hold").
std::string too_long_for_pdf(size_t bytes);

// The UTF-16 code units of UTF-8 `text` (a malformed byte counts as one unit, as U+FFFD).
size_t utf16_units(std::string_view text);

// "is 40000 characters long, more than the 32766 " for a text string (kMostPdfTextUnits), going on
// as too_long_for_pdf does.
std::string too_long_for_pdf_text(size_t units);

}  // namespace handout
