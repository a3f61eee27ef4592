#include "image/bmp_structure.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace handout {
namespace {

constexpr size_t kFileHeaderSize = 14;
constexpr size_t kCoreHeaderSize = 12;  // OS/2 1.x: 16-bit width and height
constexpr uint32_t kUncompressed = 0;
constexpr uint32_t kBitFields = 3;

uint32_t little_endian(std::string_view bytes, size_t at, size_t count) {
  uint32_t value = 0;
  for (size_t i = count; i-- > 0;) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

struct BmpLayout {
  uint64_t width = 0;
  uint64_t height = 0;
  uint64_t bits_per_pixel = 0;
  uint32_t compression = kUncompressed;
  uint64_t pixels_start = 0;  // where the rows start, at the earliest
};

std::optional<BmpLayout> read_layout(std::string_view bytes) {
  if (bytes.size() < kFileHeaderSize + 4) return std::nullopt;
  const uint32_t header_size = little_endian(bytes, kFileHeaderSize, 4);
  const bool core = header_size == kCoreHeaderSize;
  if (bytes.size() < kFileHeaderSize + (core ? 12 : 34)) return std::nullopt;
  BmpLayout layout;
  if (core) {
    layout.width = little_endian(bytes, 18, 2);
    layout.height = little_endian(bytes, 20, 2);
    layout.bits_per_pixel = little_endian(bytes, 24, 2);
  } else {
    layout.width = little_endian(bytes, 18, 4);
    // A negative height means rows stored top-down.
    layout.height = static_cast<uint64_t>(
        std::abs(static_cast<int64_t>(static_cast<int32_t>(little_endian(bytes, 22, 4)))));
    layout.bits_per_pixel = little_endian(bytes, 28, 2);
    layout.compression = little_endian(bytes, 30, 4);
  }
  layout.pixels_start =
      std::max<uint64_t>(little_endian(bytes, 10, 4), kFileHeaderSize + header_size);
  return layout;
}

}  // namespace

bool looks_like_bmp(std::string_view bytes) { return bytes.substr(0, 2) == "BM"; }

std::optional<std::string> find_bmp_damage(std::string_view bytes) {
  std::optional<BmpLayout> layout = read_layout(bytes);
  if (!layout || layout->width == 0 || layout->height == 0 || layout->bits_per_pixel == 0) {
    return std::nullopt;  // stb_image reports these itself
  }
  if (layout->compression != kUncompressed && layout->compression != kBitFields) {
    return std::nullopt;
  }
  const uint64_t row_bytes = (layout->width * layout->bits_per_pixel + 31) / 32 * 4;
  const uint64_t available =
      bytes.size() > layout->pixels_start ? bytes.size() - layout->pixels_start : 0;
  if (available / row_bytes >= layout->height) return std::nullopt;
  return "it holds " + std::to_string(available / row_bytes) + " of the " +
         std::to_string(layout->height) +
         " pixel rows its header promises (the file may be "
         "truncated)";
}

}  // namespace handout
