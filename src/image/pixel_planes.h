#pragma once

// Private to src/image: turns stb_image's interleaved samples into the colour and alpha planes
// of a RasterImage, the form the writer embeds (an image plus an optional soft mask).

#include <cstdint>

#include "image/raster_image.h"

namespace handout {

// `samples` holds width * height pixels of `channels` 8-bit samples: 1 grey, 2 grey + alpha,
// 3 RGB, 4 RGBA. An alpha plane in which every sample is 255 is dropped as meaningless.
void store_pixel_planes(const uint8_t* samples, int width, int height, int channels,
                        RasterImage& image);

}  // namespace handout
