#pragma once

// Reading the bytes of an image file's structures, for the checks that walk them. Unchecked:
// the caller has made sure the bytes are there.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace handout {

inline uint8_t byte_at(std::string_view bytes, size_t at) {
  return static_cast<uint8_t>(bytes[at]);
}

// The `count`-byte big-endian number at `at` (PSD, JPEG).
inline uint64_t big_endian_at(std::string_view bytes, size_t at, size_t count) {
  uint64_t value = 0;
  for (size_t i = 0; i < count; ++i) value = (value << 8) | byte_at(bytes, at + i);
  return value;
}

}  // namespace handout
