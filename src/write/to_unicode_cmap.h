#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace handout {

// The /ToUnicode CMap of an Identity-H font whose codes are glyph ids: for each glyph the UTF-8
// text it stands for (a ligature stands for all of its characters). CMapType 2 with bfchar
// entries only, targets in UTF-16BE with surrogate pairs above U+FFFF: readers such as
// Ghostscript mis-decode bfrange targets. Glyphs with empty or malformed text are left out; a
// target holds at most the first 63 UTF-16 units of its glyph's text, which every reader accepts.
std::string to_unicode_cmap(const std::map<uint16_t, std::string>& text_of_glyph);

// The UTF-16BE code units of UTF-8 text as hex digits ("fi" -> "00660069"); empty when the text
// is empty or not valid UTF-8.
std::string utf16be_hex(const std::string& utf8);

}  // namespace handout
