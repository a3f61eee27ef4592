#include "image/psd_matte.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "image/byte_reading.h"

namespace handout {
namespace {

constexpr uint64_t kChannelsStbReads = 4;
constexpr int kAlphaChannel = 3;
constexpr uint8_t kOpaque = 255;

// Reads bytes as stb_image does: zeros past the end of the file.
class ByteStream {
 public:
  ByteStream(std::string_view bytes, size_t at) : bytes_(bytes), at_(at) {}
  uint8_t next() { return at_ < bytes_.size() ? byte_at(bytes_, at_++) : (++at_, 0); }
  size_t position() const { return at_; }

 private:
  std::string_view bytes_;
  size_t at_;
};

// One channel's plane of `pixels` samples, PackBits-decoded as stb_image's
// stbi__psd_decode_rle does: each sample goes to `take`. False where a packet overruns the plane,
// which stb_image reports as corrupt.
template <typename Take>
bool decode_run_length_plane(ByteStream& stream, uint64_t pixels, Take take) {
  uint64_t count = 0;
  while (count < pixels) {
    const uint64_t code = stream.next();
    if (code == 128) continue;  // a no-op
    const bool literal = code < 128;
    const uint64_t length = literal ? code + 1 : 257 - code;
    if (length > pixels - count) return false;
    if (literal) {
      for (uint64_t i = 0; i < length; ++i) take(count + i, stream.next());
    } else {
      const uint8_t value = stream.next();
      for (uint64_t i = 0; i < length; ++i) take(count + i, value);
    }
    count += length;
  }
  return true;
}

// Calls `take(pixel, sample)` for each sample of `channel`, as 8 bits; false where stb_image
// would fail to decode it. `plane_starts` holds where each run-length plane starts.
template <typename Take>
bool read_plane(std::string_view bytes, const PsdLayout& layout,
                const std::vector<size_t>& plane_starts, int channel, Take take) {
  const uint64_t pixels = layout.width * layout.height;
  if (layout.run_length) {
    ByteStream stream(bytes, plane_starts[channel]);
    return decode_run_length_plane(stream, pixels, take);
  }
  // Raw planes follow each other; of a 16-bit sample stb_image keeps the first, high byte.
  const uint64_t start = layout.data_at + channel * pixels * layout.bytes_per_sample;
  for (uint64_t pixel = 0; pixel < pixels; ++pixel) {
    const uint64_t at = start + pixel * layout.bytes_per_sample;
    take(pixel, at < bytes.size() ? byte_at(bytes, at) : 0);
  }
  return true;
}

// Where each run-length plane starts: after the table of row lengths, which stb_image skips,
// each plane follows the one before. Empty when a plane does not decode.
std::optional<std::vector<size_t>> run_length_plane_starts(std::string_view bytes,
                                                           const PsdLayout& layout) {
  std::vector<size_t> starts;
  if (!layout.run_length) return starts;
  ByteStream stream(bytes, layout.data_at + 2 * layout.channels * layout.height);
  const uint64_t pixels = layout.width * layout.height;
  for (uint64_t channel = 0; channel < kChannelsStbReads; ++channel) {
    starts.push_back(stream.position());
    if (!decode_run_length_plane(stream, pixels, [](uint64_t, uint8_t) {})) return std::nullopt;
  }
  return starts;
}

// stb_image computes colour * 255 / alpha + 255 * (1 - 255 / alpha), which is 0 or more
// exactly when 255 - colour is at most the alpha.
bool darker_than_matte(uint8_t colour, uint8_t alpha) { return kOpaque - colour > alpha; }

const char* const kChannelNames[] = {"red", "green", "blue"};

}  // namespace

std::optional<std::string> find_psd_matte_damage(std::string_view bytes, const PsdLayout& layout) {
  if (layout.channels < kChannelsStbReads) return std::nullopt;  // no alpha: no matte removed
  const std::optional<std::vector<size_t>> starts = run_length_plane_starts(bytes, layout);
  if (!starts) return std::nullopt;
  std::vector<uint8_t> alpha(layout.width * layout.height);
  read_plane(bytes, layout, *starts, kAlphaChannel,
             [&](uint64_t pixel, uint8_t sample) { alpha[pixel] = sample; });
  for (int channel = 0; channel < kAlphaChannel; ++channel) {
    std::optional<uint64_t> first;
    read_plane(bytes, layout, *starts, channel, [&](uint64_t pixel, uint8_t sample) {
      const uint8_t a = alpha[pixel];
      if (!first && a != 0 && a != kOpaque && darker_than_matte(sample, a)) first = pixel;
    });
    if (first) {
      return "the " + std::string(kChannelNames[channel]) + " of pixel (" +
             std::to_string(*first % layout.width) + ", " + std::to_string(*first / layout.width) +
             ") is darker than its transparency allows in a PSD's white-backed merged image " +
             "(the file may be corrupted)";
    }
  }
  return std::nullopt;
}

}  // namespace handout
