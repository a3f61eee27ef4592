#pragma once

// Private to src/image: stb_image, fed through its reading callbacks so that a decoder asking
// for bytes past the end of the file is seen. Given memory, stb_image reads zeros there without
// a word, and a truncated GIF, BMP, PSD or PIC comes out as an image with a blank end.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace handout {

struct StbSamplesDeleter {
  void operator()(uint8_t* samples) const;
};

struct StbDecoding {
  // Interleaved 8-bit samples (see store_pixel_planes); null when decoding failed.
  std::unique_ptr<uint8_t, StbSamplesDeleter> samples;
  int width = 0;
  int height = 0;
  int channels = 0;
  std::string failure;         // stb_image's reason, when `samples` is null
  bool read_past_end = false;  // the decoder wanted more bytes than the file has
};

// Decodes the whole of `bytes` to 8 bits per sample (16-bit files are reduced).
StbDecoding decode_with_stb(std::string_view bytes);

}  // namespace handout
