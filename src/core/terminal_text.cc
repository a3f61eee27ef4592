#include "core/terminal_text.h"

#include "core/utf8.h"

namespace handout {

bool is_control_character(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

bool has_control_character(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    const DecodedCharacter character = decode_first_character(text.substr(at));
    if (is_control_character(character.code_point)) return true;
    at += character.length;
  }
  return false;
}

bool acts_on_terminal(char32_t code_point) {
  if (code_point == '\t') return false;
  if (is_control_character(code_point)) return true;
  return (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

std::string terminal_safe(std::string_view text) {
  std::string safe;
  safe.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20 && byte < 0x7F) {  // plain ASCII: most of every message
      safe += static_cast<char>(byte);
      ++at;
      continue;
    }
    const DecodedCharacter character = decode_first_character(text.substr(at));
    const bool malformed = character.code_point == 0xFFFD && character.length == 1;
    if (malformed || acts_on_terminal(character.code_point)) {
      safe += "\uFFFD";
    } else {
      safe += text.substr(at, character.length);
    }
    at += character.length;
  }
  return safe;
}

}  // namespace handout
