#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// A figure's image, decoded and validated, so that nothing unchecked ever reaches the writer.
struct RasterImage {
  std::string source_path;
  int width = 0;   // pixels
  int height = 0;  // pixels
  int color_channels = 0;            // 1 (grey) or 3 (RGB)
  std::vector<uint8_t> pixels;       // 8-bit samples, row-major, color_channels per pixel
  std::vector<uint8_t> alpha;        // one 8-bit sample per pixel; empty when opaque
  std::string jpeg_bytes;            // a baseline/progressive JPEG passed through untouched;
                                     // when set, `pixels` is empty
};

// Loads a PNG, JPEG, GIF, BMP, ... file. Any failure (missing, unreadable, corrupt, truncated,
// unsupported) is an error at `where` naming the file, and the result is null.
std::shared_ptr<const RasterImage> load_raster_image(const std::string& path,
                                                     const SourceLocation& where,
                                                     Diagnostics& diagnostics);

}  // namespace handout
