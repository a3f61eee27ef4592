#pragma once

// The compressed data of a plain PNG is exactly what PDF's FlateDecode filter with the PNG
// predictors (Predictor 15) reads, so such a PNG goes into the PDF as it is: no decoding, no
// second compression, and a file no larger than the PNG. This decides which PNGs qualify and
// checks their data once, since no decoder looks at it before the PDF reader does.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "image/raster_image.h"

namespace handout {

struct PngPassthroughPlan {
  int width = 0;           // pixels
  int height = 0;          // pixels
  int color_channels = 0;  // of the colour shown: 1 grey, 3 RGB (also for a palette)
  RasterImage::PngPassthrough png;
};

// The plan for `bytes`, a PNG that find_png_damage found sound, when it qualifies: not
// interlaced, grey, RGB or palette colour without tRNS transparency, a bit depth PNG allows for
// that colour type, and a palette of 1 to 256 entries for colour type 3. Nothing otherwise: the
// PNG is then decoded to pixels, and the decoder reports whatever is wrong with it.
std::optional<PngPassthroughPlan> plan_png_passthrough(std::string_view bytes);

// Bytes in one row of the image data, not counting the filter-type byte that starts it.
size_t png_row_bytes(const PngPassthroughPlan& plan);

// Empty when the zlib stream inflates, with a matching Adler-32 checksum, to exactly `height`
// rows of 1 + png_row_bytes bytes, each starting with a filter type from 0 to 4. Otherwise what
// is wrong, in plain words that complete "figure 'x.png' is damaged: ...".
std::optional<std::string> find_png_data_damage(const PngPassthroughPlan& plan);

// A passed-through PNG's image data (image.png) inflated: image.height rows, each a filter-type
// byte and then the row's samples. Nothing when it does not inflate to exactly that, which the
// check at loading time has ruled out for images from load_raster_image.
std::optional<std::vector<uint8_t>> inflate_png_rows(const RasterImage& image);

}  // namespace handout
