#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// The code points of UTF-8 text, or nothing when it is malformed (overlong forms, surrogates,
// values above U+10FFFF and truncated sequences included).
std::optional<std::u32string> decode_utf8(std::string_view utf8);

// One code point as UTF-8 (the caller passes a valid scalar value).
std::string encode_utf8(char32_t code_point);

}  // namespace handout
