#pragma once

#include <cstdint>
#include <string>

namespace handout {

// A number as PDF content and CMaps want it: fixed notation (PDF has no exponents), at most
// `decimals` digits after the point, no trailing zeros, never "-0". Independent of the locale.
std::string pdf_number(double value, int decimals = 3);

// Four upper-case hex digits, as in a 2-byte glyph code or a UTF-16 code unit.
std::string hex4(uint16_t value);

}  // namespace handout
