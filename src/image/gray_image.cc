#include "image/gray_image.h"

#include <stb_image.h>

#include "core/gray_level.h"
#include "image/png_passthrough.h"
#include "image/png_unfiltering.h"

namespace handout {
namespace {

// Three 8-bit samples a pixel in, one out.
std::vector<uint8_t> gray_samples(const uint8_t* rgb, size_t pixel_count) {
  std::vector<uint8_t> gray(pixel_count);
  for (size_t pixel = 0; pixel < pixel_count; ++pixel, rgb += 3) {
    gray[pixel] = gray_level_of_pixel(rgb[0], rgb[1], rgb[2]);
  }
  return gray;
}

size_t pixel_count(const RasterImage& image) {
  return static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
}

// The image's size, path and alpha, without its colour data.
std::shared_ptr<RasterImage> gray_frame(const RasterImage& image) {
  auto gray = std::make_shared<RasterImage>();
  gray->source_path = image.source_path;
  gray->width = image.width;
  gray->height = image.height;
  gray->color_channels = 1;
  gray->alpha = image.alpha;
  return gray;
}

std::shared_ptr<RasterImage> with_gray_palette(const RasterImage& image) {
  std::shared_ptr<RasterImage> gray = gray_frame(image);
  gray->png = *image.png;
  const std::string& rgb = image.png->palette;
  std::string& palette = gray->png->palette;
  palette.clear();
  for (size_t entry = 0; entry + 2 < rgb.size(); entry += 3) {
    palette += static_cast<char>(gray_level_of_pixel(static_cast<uint8_t>(rgb[entry]),
                                                     static_cast<uint8_t>(rgb[entry + 1]),
                                                     static_cast<uint8_t>(rgb[entry + 2])));
  }
  gray->png->palette_channels = 1;
  return gray;
}

// 16-bit samples (big-endian, as PNG stores them) rounded to 8 bits.
std::vector<uint8_t> eight_bit_samples(const std::vector<uint8_t>& samples, int bit_depth) {
  if (bit_depth == 8) return samples;
  std::vector<uint8_t> reduced(samples.size() / 2);
  for (size_t at = 0; at < reduced.size(); ++at) {
    const unsigned wide = samples[2 * at] << 8 | samples[2 * at + 1];
    reduced[at] = static_cast<uint8_t>((wide * 255 + 32767) / 65535);
  }
  return reduced;
}

std::shared_ptr<RasterImage> decoded_rgb_png(const RasterImage& image) {
  std::optional<std::vector<uint8_t>> rows = inflate_png_rows(image);
  if (!rows) return nullptr;
  const size_t bytes_per_pixel = 3 * static_cast<size_t>(image.png->bit_depth) / 8;
  const size_t row_bytes = static_cast<size_t>(image.width) * bytes_per_pixel;
  const std::vector<uint8_t> rgb = eight_bit_samples(
      unfilter_png_rows(*rows, image.height, row_bytes, bytes_per_pixel), image.png->bit_depth);
  std::shared_ptr<RasterImage> gray = gray_frame(image);
  gray->pixels = gray_samples(rgb.data(), pixel_count(image));
  return gray;
}

struct StbImageDeleter {
  void operator()(stbi_uc* samples) const { stbi_image_free(samples); }
};

std::shared_ptr<RasterImage> decoded_jpeg(const RasterImage& image) {
  int width = 0, height = 0, channels = 0;
  std::unique_ptr<stbi_uc, StbImageDeleter> rgb(stbi_load_from_memory(
      reinterpret_cast<const stbi_uc*>(image.jpeg_bytes.data()),
      static_cast<int>(image.jpeg_bytes.size()), &width, &height, &channels, 3));
  if (!rgb || width != image.width || height != image.height) return nullptr;
  std::shared_ptr<RasterImage> gray = gray_frame(image);
  gray->pixels = gray_samples(rgb.get(), pixel_count(image));
  return gray;
}

std::shared_ptr<RasterImage> gray_pixels(const RasterImage& image) {
  if (image.color_channels != 3 || image.pixels.size() != 3 * pixel_count(image)) return nullptr;
  std::shared_ptr<RasterImage> gray = gray_frame(image);
  gray->pixels = gray_samples(image.pixels.data(), pixel_count(image));
  return gray;
}

}  // namespace

std::shared_ptr<const RasterImage> gray_image(const std::shared_ptr<const RasterImage>& image) {
  if (!image || image->color_channels == 1) return image;
  if (image->png) {
    return image->png->color_type == 3 ? with_gray_palette(*image) : decoded_rgb_png(*image);
  }
  if (!image->jpeg_bytes.empty()) return decoded_jpeg(*image);
  return gray_pixels(*image);
}

}  // namespace handout
