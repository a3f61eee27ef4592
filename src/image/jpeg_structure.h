#pragma once

// stb_image decodes a truncated JPEG without complaint, padding the missing scans. Walking the
// marker segments first finds truncation, and tells whether the file can be handed to the PDF
// untouched (DCTDecode) or must be embedded as decoded pixels.

#include <cstddef>
#include <string>
#include <string_view>

namespace handout {

struct JpegStructure {
  std::string
      damage;  // what is wrong, in words completing "figure 'x' is damaged: "; empty if sound
  size_t length = 0;         // bytes up to and including the EOI marker (trailing data excluded)
  int components = 0;        // from the frame header: 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
  int precision = 0;         // bits per sample
  int width = 0;             // pixels, from the frame header
  int height = 0;            // pixels, 0 when a DNL segment gives it (which no one writes)
  int adobe_transform = -1;  // from an Adobe APP14 segment; -1 when there is none
  bool progressive = false;  // a progressive frame (SOF2, SOF6, ...)
  // 0xFF fill bytes before a marker are allowed, but libharu's own JPEG reader takes them for a
  // marker and fails (found by fuzz_image), so such a file is decoded instead of passed through.
  bool has_fill_bytes = false;
};

bool looks_like_jpeg(std::string_view bytes);

// Walks SOI, the marker segments, the entropy-coded scans and EOI.
JpegStructure read_jpeg_structure(std::string_view bytes);

// True when a PDF reader shows the file correctly as it is, and libharu reads it: 8-bit grey or
// colour, without fill bytes. CMYK and YCCK files (Adobe's, with inverted ink values) are decoded
// to pixels instead.
bool can_pass_jpeg_through(const JpegStructure& structure);

}  // namespace handout
