#include "write/pdf_text_string.h"

#include "core/utf8.h"

namespace handout {
namespace {

void append_unit(char32_t unit, std::string& bytes) {
  bytes += static_cast<char>(unit >> 8);
  bytes += static_cast<char>(unit & 0xFF);
}

void append_character(char32_t code_point, std::string& bytes) {
  if (code_point < 0x10000) {
    append_unit(code_point, bytes);
    return;
  }
  const char32_t offset = code_point - 0x10000;
  append_unit(0xD800 + (offset >> 10), bytes);
  append_unit(0xDC00 + (offset & 0x3FF), bytes);
}

size_t units_of(char32_t code_point) { return code_point < 0x10000 ? 1 : 2; }

std::u32string characters_of(std::string_view utf8) {
  std::u32string characters;
  for (size_t at = 0; at < utf8.size();) {
    const DecodedCharacter character = decode_first_character(utf8.substr(at));
    characters += character.code_point;
    at += character.length;
  }
  return characters;
}

}  // namespace

std::string pdf_text_string_bytes(std::string_view utf8, size_t max_units) {
  const std::u32string characters = characters_of(utf8);
  size_t units = 0;
  for (char32_t c : characters) units += units_of(c);
  const bool cut = units > max_units;
  const size_t room = cut ? max_units - 1 : units;  // one unit for the ellipsis
  std::string bytes = "\xFE\xFF";
  size_t used = 0;
  for (char32_t c : characters) {
    if (used + units_of(c) > room) break;
    append_character(c, bytes);
    used += units_of(c);
  }
  if (cut) append_character(U'\u2026', bytes);
  return bytes;
}

HPDF_Binary pdf_text_string(HPDF_MMgr mmgr, std::string_view utf8) {
  std::string bytes = pdf_text_string_bytes(utf8);
  return HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                         static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace handout
