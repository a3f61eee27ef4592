#include "image/hdr_structure.h"

namespace handout {
namespace {

// stb_image codes scanlines this wide with runs; narrower and wider images are flat RGBE.
constexpr uint64_t kNarrowestRunCoded = 8;
constexpr uint64_t kWidestRunCoded = 32767;

std::string truncated_in(uint64_t scanline) {
  return "it ends inside scanline " + std::to_string(scanline + 1) + " (the file may be truncated)";
}

// Reads the scanlines from `at` on the way stb_image does.
class ScanlineWalk {
 public:
  ScanlineWalk(std::string_view bytes, size_t at, uint64_t width, uint64_t height)
      : bytes_(bytes), at_(at), width_(width), height_(height) {}

  std::optional<std::string> damage() {
    if (width_ < kNarrowestRunCoded || width_ > kWidestRunCoded) return flat_from(0);
    for (uint64_t scanline = 0; scanline < height_; ++scanline) {
      if (remaining() < 4) return truncated_in(scanline);
      const bool run_coded = byte(at_) == 2 && byte(at_ + 1) == 2 && (byte(at_ + 2) & 0x80) == 0;
      // stb_image reads the rest of the image flat from the first scanline without the marker.
      if (!run_coded) return flat_from(scanline);
      const uint64_t length = (byte(at_ + 2) << 8) | byte(at_ + 3);
      if (length != width_) {
        return "scanline " + std::to_string(scanline + 1) + " says it is " +
               std::to_string(length) + " pixels long, not " + std::to_string(width_) +
               " (the file may be corrupted)";
      }
      at_ += 4;
      for (int channel = 0; channel < 4; ++channel) {
        if (auto damage = channel_damage(scanline)) return damage;
      }
    }
    return std::nullopt;
  }

 private:
  uint64_t byte(size_t at) const { return static_cast<uint8_t>(bytes_[at]); }
  uint64_t remaining() const { return bytes_.size() - at_; }

  std::optional<std::string> flat_from(uint64_t scanline) const {
    const uint64_t complete_scanlines = remaining() / 4 / width_;
    if (complete_scanlines < height_ - scanline) return truncated_in(scanline + complete_scanlines);
    return std::nullopt;
  }

  // One channel of a run-coded scanline: runs (a count above 128, then the value) and literal
  // stretches (a count up to 128, then that many values), `width_` samples together.
  std::optional<std::string> channel_damage(uint64_t scanline) {
    for (uint64_t filled = 0; filled < width_;) {
      if (remaining() < 1) return truncated_in(scanline);
      const uint64_t count = byte(at_++);
      const bool run = count > 128;
      const uint64_t samples = run ? count - 128 : count;
      if (samples == 0 || samples > width_ - filled) {
        return "scanline " + std::to_string(scanline + 1) + " has a run of " +
               std::to_string(samples) + " pixels where " + std::to_string(width_ - filled) +
               " remain (the file may be corrupted)";
      }
      const uint64_t stored = run ? 1 : samples;
      if (remaining() < stored) return truncated_in(scanline);
      at_ += stored;
      filled += samples;
    }
    return std::nullopt;
  }

  std::string_view bytes_;
  size_t at_;
  uint64_t width_;
  uint64_t height_;
};

}  // namespace

std::optional<std::string> find_hdr_damage(std::string_view bytes, uint64_t width,
                                           uint64_t height) {
  // The header ends with an empty line; the resolution line follows it.
  const size_t blank = bytes.find("\n\n");
  const size_t resolution_end =
      blank == std::string_view::npos ? blank : bytes.find('\n', blank + 2);
  if (resolution_end == std::string_view::npos) {
    return std::string("its header has no resolution line (the file may be truncated)");
  }
  if (width == 0 || height == 0) return std::nullopt;  // refused as empty before this
  return ScanlineWalk(bytes, resolution_end + 1, width, height).damage();
}

}  // namespace handout
