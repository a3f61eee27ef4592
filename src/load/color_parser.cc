#include "load/color_parser.h"

#include <cctype>
#include <string>

namespace handout {
namespace {

int hex_value(char digit) {
  if (std::isdigit(static_cast<unsigned char>(digit))) return digit - '0';
  return std::tolower(static_cast<unsigned char>(digit)) - 'a' + 10;
}

bool all_hex(std::string_view digits) {
  for (char digit : digits) {
    if (!std::isxdigit(static_cast<unsigned char>(digit))) return false;
  }
  return true;
}

}  // namespace

std::optional<Color> parse_color(std::string_view text) {
  if (!text.starts_with('#')) return std::nullopt;
  std::string_view digits = text.substr(1);
  if ((digits.size() != 3 && digits.size() != 6) || !all_hex(digits)) return std::nullopt;
  std::string full(digits);
  if (full.size() == 3) full = {digits[0], digits[0], digits[1], digits[1], digits[2], digits[2]};
  const auto component = [&](size_t at) {
    return (hex_value(full[at]) * 16 + hex_value(full[at + 1])) / 255.0;
  };
  return Color{component(0), component(2), component(4)};
}

}  // namespace handout
