#include "load/utf8_check.h"

namespace handout {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence at `at`, or 0 if it is not one. Overlong forms,
// UTF-16 surrogates and code points above U+10FFFF are rejected (RFC 3629).
size_t sequence_length(std::string_view text, size_t at) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[at + i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
  if (length == 0 || at + length > text.size()) return 0;
  for (size_t i = 1; i < length; ++i) {
    if (!is_continuation(byte(i))) return 0;
  }
  unsigned char second = byte(1);
  if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
  if (lead == 0xED && second > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && second < 0x90) return 0;  // overlong
  if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
  return length;
}

}  // namespace

std::vector<InvalidUtf8> find_invalid_utf8(std::string_view text, size_t limit) {
  std::vector<InvalidUtf8> found;
  int line = 1;
  size_t line_start = 0;
  bool line_reported = false;
  for (size_t at = 0; at < text.size() && found.size() < limit;) {
    if (text[at] == '\n') {
      ++line;
      line_start = ++at;
      line_reported = false;
      continue;
    }
    size_t length = sequence_length(text, at);
    if (length > 0) {
      at += length;
      continue;
    }
    if (!line_reported) {
      found.push_back(
          {line, static_cast<int>(at - line_start) + 1, static_cast<unsigned char>(text[at])});
      line_reported = true;
    }
    ++at;
  }
  return found;
}

}  // namespace handout
