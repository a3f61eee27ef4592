#pragma once

// A PSD's merged image is stored composited over white. stb_image 2.27 takes the white back out
// of every pixel that is partly transparent ("remove weird white matte"), dividing by the
// alpha, and converts the result to a byte without a range check: a colour darker than its
// alpha allows gives a value below 0, an undefined conversion (found by fuzz_image under
// UndefinedBehaviorSanitizer). A merged image composited over white cannot have such a pixel;
// this finds one before the decoder does.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Where a PSD's image data is and how it is stored, as its header and sections give them.
struct PsdLayout {
  size_t data_at = 0;       // the first byte after the compression field
  bool run_length = false;  // compression 1 (PackBits rows), else raw planes
  uint64_t channels = 0;    // as the header says; stb_image reads the first 4
  uint64_t width = 0;
  uint64_t height = 0;
  uint64_t bytes_per_sample = 1;  // 1 or 2 (stb_image keeps the high byte of 16-bit samples)
};

// Empty when every partly transparent pixel of the RGBA channels stb_image reads has colours at
// least as light as 255 minus its alpha; else what is wrong with the first pixel that does not,
// in words that complete "figure 'x.psd' is damaged: ...". Also empty for a layout stb_image
// refuses to decode (run-length data that overruns a row), which it reports itself.
std::optional<std::string> find_psd_matte_damage(std::string_view bytes, const PsdLayout& layout);

}  // namespace handout
