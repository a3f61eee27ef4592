#pragma once

// PNG filters each row of its image data against the row above and the pixel to the left (PNG
// specification, section 9). Undoing them gives the samples themselves, which a PDF reader
// otherwise does through FlateDecode's predictors.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace handout {

// `filtered` holds `height` rows of a filter-type byte (0 to 4) and `row_bytes` bytes; the
// result holds the rows' samples, `height` x `row_bytes` bytes. `bytes_per_pixel` is that of the
// image (at least 1: samples under 8 bits filter byte by byte). A filter type above 4 is read
// as none; the check at loading time has ruled it out.
std::vector<uint8_t> unfilter_png_rows(const std::vector<uint8_t>& filtered, size_t height,
                                       size_t row_bytes, size_t bytes_per_pixel);

}  // namespace handout
