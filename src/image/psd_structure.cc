#include "image/psd_structure.h"

#include <algorithm>
#include <cstdint>

#include "image/byte_reading.h"
#include "image/psd_matte.h"

namespace handout {
namespace {

constexpr size_t kHeaderSize = 26;
constexpr uint64_t kChannelsStbReads = 4;
constexpr uint64_t kLongestRun = 128;  // pixels one two-byte run-length packet can give
constexpr uint64_t kRgbMode = 3;       // the only colour mode stb_image reads

const char* const kTruncated = "its image data ends early (the file may be truncated)";

}  // namespace

bool looks_like_psd(std::string_view bytes) { return bytes.substr(0, 4) == "8BPS"; }

std::optional<std::string> find_psd_damage(std::string_view bytes) {
  if (bytes.size() < kHeaderSize) return std::nullopt;  // stb_image reports it
  const uint64_t channels = big_endian_at(bytes, 12, 2);
  const uint64_t height = big_endian_at(bytes, 14, 4);
  const uint64_t width = big_endian_at(bytes, 18, 4);
  const uint64_t bytes_per_sample = big_endian_at(bytes, 22, 2) / 8;
  if (channels == 0 || channels > 16 || width == 0 || height == 0 || bytes_per_sample == 0) {
    return std::nullopt;
  }
  // Colour mode data, image resources, layers and masks: each a 4-byte length and its bytes;
  // then the compression.
  uint64_t at = kHeaderSize;
  for (int section = 0; section < 3; ++section) {
    if (bytes.size() - at < 4) return kTruncated;
    at += 4 + big_endian_at(bytes, at, 4);
    if (at > bytes.size()) return kTruncated;
  }
  if (bytes.size() - at < 2) return kTruncated;
  const uint64_t compression = big_endian_at(bytes, at, 2);
  if (compression > 1) return std::nullopt;
  // Run-length encoded data starts with a table of 2-byte row lengths of every channel, and
  // its rows take at least one 2-byte packet per 128 pixels.
  const uint64_t table = compression == 1 ? 2 * channels * height : 0;
  const uint64_t row_bytes =
      compression == 1 ? (width + kLongestRun - 1) / kLongestRun * 2 : bytes_per_sample * width;
  const uint64_t available = bytes.size() - at - 2;
  const uint64_t channels_read = std::min(channels, kChannelsStbReads);
  // Divided rather than multiplied: the product of the sizes can pass 2^64.
  if (available < table || (available - table) / row_bytes / channels_read < height) {
    return kTruncated;
  }
  const uint64_t bits = big_endian_at(bytes, 22, 2), mode = big_endian_at(bytes, 24, 2);
  if ((bits != 8 && bits != 16) || mode != kRgbMode) return std::nullopt;  // stb_image refuses it
  return find_psd_matte_damage(
      bytes, {at + 2, compression == 1, channels, width, height, bytes_per_sample});
}

}  // namespace handout
