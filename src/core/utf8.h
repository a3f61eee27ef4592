#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// One character decoded from the start of UTF-8 text.
struct DecodedCharacter {
  char32_t code_point = 0xFFFD;  // U+FFFD when the bytes are malformed
  size_t length = 1;             // bytes consumed; a malformed byte is consumed alone
};

// Decodes the character at the start of `text` (which must not be empty).
DecodedCharacter decode_first_character(std::string_view text);

// The code points of UTF-8 text, or nothing when it is malformed (overlong forms, surrogates,
// values above U+10FFFF and truncated sequences included).
std::optional<std::u32string> decode_utf8(std::string_view utf8);

// The first `count` characters of `text`, followed by "..." when it has more: a long word or
// line shortened for a message.
std::string shortened_text(std::string_view text, size_t count);

// One code point as UTF-8 (the caller passes a valid scalar value).
std::string encode_utf8(char32_t code_point);

}  // namespace handout
