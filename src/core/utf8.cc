#include "core/utf8.h"

#include <cstdint>

namespace handout {
namespace {

// Length of the sequence a lead byte starts, 0 for a byte that cannot start one.
int sequence_length(uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool is_allowed(char32_t code_point, int length) {
  static constexpr char32_t kSmallestOfLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kSmallestOfLength[length]) return false;  // overlong
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return false;
  return code_point <= 0x10FFFF;
}

}  // namespace

DecodedCharacter decode_first_character(std::string_view text) {
  const uint8_t lead = static_cast<uint8_t>(text[0]);
  const int length = sequence_length(lead);
  if (length == 0 || static_cast<size_t>(length) > text.size()) return {};
  char32_t code_point = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (int k = 1; k < length; ++k) {
    const uint8_t next = static_cast<uint8_t>(text[k]);
    if ((next & 0xC0) != 0x80) return {};
    code_point = (code_point << 6) | (next & 0x3F);
  }
  if (!is_allowed(code_point, length)) return {};
  return {code_point, static_cast<size_t>(length)};
}

std::optional<std::u32string> decode_utf8(std::string_view utf8) {
  std::u32string code_points;
  for (size_t i = 0; i < utf8.size();) {
    const DecodedCharacter character = decode_first_character(utf8.substr(i));
    // A real U+FFFD in the text is three bytes long; the malformed marker is one byte.
    if (character.code_point == 0xFFFD && character.length == 1) return std::nullopt;
    code_points.push_back(character.code_point);
    i += character.length;
  }
  return code_points;
}

std::string encode_utf8(char32_t code_point) {
  std::string utf8;
  if (code_point < 0x80) {
    utf8 += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    utf8 += static_cast<char>(0xC0 | (code_point >> 6));
    utf8 += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    utf8 += static_cast<char>(0xE0 | (code_point >> 12));
    utf8 += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    utf8 += static_cast<char>(0xF0 | (code_point >> 18));
    utf8 += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    utf8 += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return utf8;
}

std::string shortened_text(std::string_view text, size_t count) {
  std::string shown;
  size_t characters = 0;
  for (size_t at = 0; at < text.size(); ++characters) {
    if (characters == count) return shown + "...";
    const size_t length = decode_first_character(text.substr(at)).length;
    shown.append(text.substr(at, length));
    at += length;
  }
  return shown;
}

}  // namespace handout
