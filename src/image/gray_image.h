#pragma once

#include <memory>

#include "image/raster_image.h"

namespace handout {

// A figure as --grayscale prints it: one grey channel, each pixel its gray_level_of_pixel, the
// alpha as it was. A grey image comes back as it is. A palette PNG keeps its compressed data and
// gets a grey palette; a colour JPEG and an RGB PNG are decoded and become grey pixels (a JPEG is
// not compressed lossily a second time). Null when the image cannot be decoded again, which only
// a bug can cause: load_raster_image decoded or checked it.
std::shared_ptr<const RasterImage> gray_image(const std::shared_ptr<const RasterImage>& image);

}  // namespace handout
