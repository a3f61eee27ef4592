#pragma once

// How much memory a figure takes in handout: while it is decoded (the decoder's buffers, then its
// colour and alpha planes), and once loaded, for as long as the document is being made. A figure
// is refused before decoding when the first would go past --max-image-memory, and a document's
// figures together are held to the same (see docs/ci.md, "Limits").

#include <cstdint>
#include <string_view>

#include "image/image_header.h"
#include "image/raster_image.h"

namespace handout {

// The most memory the decoder's buffers and the planes made from them may take for the figure
// `bytes` (whose header is `header`, with its size), from what its header says: format,
// channels, bit depth. Formats whose header says less are counted at their worst.
uint64_t decoding_memory(const ImageHeader& header, std::string_view bytes);

// The bytes a loaded figure holds: its decoded planes, or the data passed through as it is.
uint64_t loaded_image_memory(const RasterImage& image);

// What the loaded figures of one document may hold together: an eighth of --max-image-memory.
// Writing the PDF holds them about four times over (the loaded figures, libharu's copies, the
// saved file, the bytes returned; measured: 67 MB of noise figures, 279 MB peak), so writing
// them takes half what reading one may: reading comes before layout, but writing is beside it.
inline uint64_t kept_image_memory(const ResourceLimits& limits) {
  return limits.max_image_memory / 8;
}

}  // namespace handout
