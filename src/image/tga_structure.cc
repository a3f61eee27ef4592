#include "image/tga_structure.h"

#include <cstdint>

namespace handout {
namespace {

constexpr size_t kHeaderSize = 18;
constexpr uint64_t kLongestRun = 128;  // pixels one run-length packet can give

uint64_t little_endian(std::string_view bytes, size_t at, size_t count) {
  uint64_t value = 0;
  for (size_t i = count; i-- > 0;) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

uint8_t image_type(std::string_view bytes) { return static_cast<uint8_t>(bytes[2]); }

bool is_run_length_encoded(std::string_view bytes) { return image_type(bytes) >= 9; }

// Bytes of the identification field and the colour map, between the header and the pixels.
uint64_t bytes_before_pixels(std::string_view bytes) {
  const uint64_t id_length = static_cast<uint8_t>(bytes[0]);
  if (bytes[1] == 0) return id_length;
  return id_length + little_endian(bytes, 5, 2) * ((static_cast<uint8_t>(bytes[7]) + 7) / 8);
}

}  // namespace

bool looks_like_tga(std::string_view bytes) {
  if (bytes.size() < kHeaderSize || static_cast<uint8_t>(bytes[1]) > 1) return false;
  switch (image_type(bytes)) {
    case 1:
    case 2:
    case 3:
    case 9:
    case 10:
    case 11:
      return true;
    default:
      return false;
  }
}

std::optional<std::string> find_tga_damage(std::string_view bytes) {
  if (!looks_like_tga(bytes)) return std::nullopt;
  const uint64_t pixels = little_endian(bytes, 12, 2) * little_endian(bytes, 14, 2);
  const uint64_t pixel_bytes = (static_cast<uint8_t>(bytes[16]) + 7) / 8;
  if (pixels == 0 || pixel_bytes == 0) return std::nullopt;  // stb_image reports these
  const uint64_t needed = is_run_length_encoded(bytes)
                              ? (pixels + kLongestRun - 1) / kLongestRun * (1 + pixel_bytes)
                              : pixels * pixel_bytes;
  if (bytes.size() - kHeaderSize >= bytes_before_pixels(bytes) + needed) return std::nullopt;
  return "its pixel data ends early (the file may be truncated)";
}

}  // namespace handout
