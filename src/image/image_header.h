#pragma once

// What a figure file says about itself before any of its pixels are decoded: its format, from
// the signature stb_image tests, and the size its header claims. A hostile file can claim any
// size in a few bytes, so the pixel limit is checked on this, before a decoder allocates for it.

#include <cstdint>
#include <optional>
#include <string_view>

namespace handout {

enum class ImageFormat { png, jpeg, gif, bmp, psd, pic, pnm, hdr, tga };

struct ImageHeader {
  ImageFormat format = ImageFormat::png;
  // The size the header claims, when the file is long enough to say it: unchecked, perhaps 0.
  std::optional<uint64_t> width;
  std::optional<uint64_t> height;
  // For formats whose header fixes how long the whole file is (binary PNM, uncompressed TGA):
  // the bytes a complete file has, so a truncated one is caught before stb_image pads it.
  std::optional<uint64_t> complete_size;

  bool has_size() const { return width.has_value() && height.has_value(); }
};

// The format's name in messages: "PNG", "JPEG", ...
const char* format_name(ImageFormat format);

// The header of `bytes` when they start with the signature of a format stb_image reads; TGA,
// which has no signature, only when its header's fields are ones stb_image accepts. Nothing for
// any other bytes.
std::optional<ImageHeader> read_image_header(std::string_view bytes);

}  // namespace handout
