#include "core/pdf_limits.h"

#include <cmath>

#include "core/utf8.h"

namespace handout {

std::string pdf_page_size_range() { return "3pt to 14400pt (200in)"; }

bool is_pdf_page_side(double points) {
  return std::isfinite(points) && points >= kSmallestPdfPage && points <= kLargestPdfPage;
}

std::string too_long_for_pdf(size_t bytes) {
  return "is " + std::to_string(bytes) + " bytes long, more than the " +
         std::to_string(kMostPdfStringBytes) + " bytes ";
}

size_t utf16_units(std::string_view text) {
  size_t units = 0;
  while (!text.empty()) {
    const DecodedCharacter character = decode_first_character(text);
    units += character.code_point > 0xFFFF ? 2 : 1;
    text.remove_prefix(character.length == 0 ? 1 : character.length);
  }
  return units;
}

std::string too_long_for_pdf_text(size_t units) {
  return "is " + std::to_string(units) + " characters long, more than the " +
         std::to_string(kMostPdfTextUnits) + " characters ";
}

}  // namespace handout
