#include "image/pnm_structure.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace handout {
namespace {

// Reads the header as stb_image does: numbers separated by white space and # comments.
class PnmHeaderReader {
 public:
  explicit PnmHeaderReader(std::string_view bytes) : bytes_(bytes) {}

  void skip_space_and_comments() {
    for (;;) {
      while (at_ < bytes_.size() && is_space(bytes_[at_])) ++at_;
      if (at_ >= bytes_.size() || bytes_[at_] != '#') return;
      while (at_ < bytes_.size() && bytes_[at_] != '\n' && bytes_[at_] != '\r') ++at_;
    }
  }

  // The number's value, saturated above INT_MAX (stb_image's int overflows there).
  uint64_t number() {
    uint64_t value = 0;
    while (at_ < bytes_.size() && bytes_[at_] >= '0' && bytes_[at_] <= '9') {
      value = std::min<uint64_t>(value * 10 + (bytes_[at_] - '0'), uint64_t{INT_MAX} + 1);
      ++at_;
    }
    return value;
  }

  // The pixels start after the one character that ended the maximum value.
  uint64_t pixel_bytes_available() const {
    return at_ + 1 < bytes_.size() ? bytes_.size() - at_ - 1 : 0;
  }

 private:
  static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  }

  std::string_view bytes_;
  size_t at_ = 2;  // after "P5" or "P6"
};

}  // namespace

bool looks_like_pnm(std::string_view bytes) {
  return bytes.substr(0, 2) == "P5" || bytes.substr(0, 2) == "P6";
}

std::optional<std::string> find_pnm_damage(std::string_view bytes) {
  PnmHeaderReader header(bytes);
  header.skip_space_and_comments();
  const uint64_t width = header.number();
  header.skip_space_and_comments();
  const uint64_t height = header.number();
  header.skip_space_and_comments();
  const uint64_t maximum = header.number();
  if (width > INT_MAX || height > INT_MAX || maximum > INT_MAX) {
    return std::string("its header gives a width, height or maximum value too large to read");
  }
  if (width == 0 || height == 0 || maximum == 0 || maximum > 65535) return std::nullopt;
  const uint64_t channels = bytes[1] == '6' ? 3 : 1;
  const uint64_t sample_bytes = maximum > 255 ? 2 : 1;
  if (header.pixel_bytes_available() / (width * channels * sample_bytes) >= height) {
    return std::nullopt;
  }
  return std::string("its pixel data ends early (the file may be truncated)");
}

}  // namespace handout
