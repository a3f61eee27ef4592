#include "image/pixel_planes.h"

#include <algorithm>
#include <cstddef>

namespace handout {

void store_pixel_planes(const uint8_t* samples, int width, int height, int channels,
                        RasterImage& image) {
  const bool has_alpha = channels == 2 || channels == 4;
  const int color_channels = has_alpha ? channels - 1 : channels;
  const size_t pixel_count = static_cast<size_t>(width) * static_cast<size_t>(height);
  image.width = width;
  image.height = height;
  image.color_channels = color_channels;
  image.pixels.resize(pixel_count * color_channels);
  image.alpha.assign(has_alpha ? pixel_count : 0, 0);
  for (size_t pixel = 0; pixel < pixel_count; ++pixel) {
    const uint8_t* source = samples + pixel * channels;
    std::copy(source, source + color_channels, image.pixels.begin() + pixel * color_channels);
    if (has_alpha) image.alpha[pixel] = source[color_channels];
  }
  const bool opaque =
      std::all_of(image.alpha.begin(), image.alpha.end(), [](uint8_t a) { return a == 255; });
  if (opaque) image.alpha.clear();
}

}  // namespace handout
