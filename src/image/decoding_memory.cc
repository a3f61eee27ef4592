#include "image/decoding_memory.h"

#include <algorithm>

#include "image/byte_reading.h"
#include "image/jpeg_structure.h"

namespace handout {
namespace {

// A decoder's worst, in bytes a pixel, for a format whose header is not read further: 16-bit
// samples of four channels decoded and converted to 8 bits, then split into planes (BMP, TGA,
// PSD, PNM, PIC, GIF with its frame and background), and for HDR its floating-point samples.
constexpr uint64_t kWorstBytesPerPixel = 16;
constexpr uint64_t kHdrBytesPerPixel = 24;

// stb_image inflates the rows, then unfilters them into an image of 8- or 16-bit samples (a
// palette expanded to four channels), brings 16-bit samples to 8 bits and handout splits the
// colour and alpha planes off: about twice the decoded image at any time. A PNG passed through
// (see png_passthrough.h) is only inflated once, to check it, and counted by its caller.
uint64_t png_bytes_per_pixel(std::string_view bytes) {
  const int bit_depth = byte_at(bytes, 24);
  const int color_type = byte_at(bytes, 25);
  uint64_t channels = 4;  // palette (3, expanded to RGBA), grey + alpha (4), RGBA (6)
  if (color_type == 0) channels = 1;
  if (color_type == 2) channels = 3;
  if (color_type == 4) channels = 2;
  const uint64_t sample_bytes = bit_depth == 16 ? 2 : 1;
  return 2 * channels * sample_bytes + channels;
}

// stb_image decodes each component into a plane of its own, and for a progressive file keeps
// two bytes a sample of coefficients too, then converts into the pixels (a JPEG passed through
// is decoded only to check it; any other is split into planes as well).
uint64_t jpeg_bytes_per_pixel(std::string_view bytes) {
  const JpegStructure jpeg = read_jpeg_structure(bytes);
  const uint64_t components = std::clamp(jpeg.components, 1, 4);
  const uint64_t decoded = components * (jpeg.progressive ? 3 : 1) + components;
  return can_pass_jpeg_through(jpeg) ? decoded : decoded + components;
}

uint64_t bytes_per_pixel(const ImageHeader& header, std::string_view bytes) {
  switch (header.format) {
    case ImageFormat::png:
      return png_bytes_per_pixel(bytes);
    case ImageFormat::jpeg:
      return jpeg_bytes_per_pixel(bytes);
    case ImageFormat::hdr:
      return kHdrBytesPerPixel;
    default:
      return kWorstBytesPerPixel;
  }
}

}  // namespace

uint64_t decoding_memory(const ImageHeader& header, std::string_view bytes) {
  const uint64_t pixels = header.width.value_or(0) * header.height.value_or(0);
  return pixels * bytes_per_pixel(header, bytes);
}

uint64_t loaded_image_memory(const RasterImage& image) {
  uint64_t bytes = image.pixels.size() + image.alpha.size() + image.jpeg_bytes.size();
  if (image.png) bytes += image.png->idat.size() + image.png->palette.size();
  return bytes;
}

}  // namespace handout
