#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/resource_limits.h"

namespace handout {

// A figure's image, decoded and validated, so that nothing unchecked ever reaches the writer.
struct RasterImage {
  std::string source_path;
  int width = 0;                // pixels
  int height = 0;               // pixels
  int color_channels = 0;       // 1 (grey) or 3 (RGB)
  std::vector<uint8_t> pixels;  // 8-bit samples, row-major, color_channels per pixel
  std::vector<uint8_t> alpha;   // one 8-bit sample per pixel; empty when opaque
  std::string jpeg_bytes;       // a baseline/progressive JPEG passed through untouched;
                                // when set, `pixels` is empty

  // A plain PNG (not interlaced, no alpha, no tRNS) keeps its compressed image data: PDF's
  // FlateDecode with the PNG predictors reads it as it is, so it is neither decoded nor
  // compressed again. The zlib stream has been inflated once to check it holds exactly the rows
  // the header promises. When set, `pixels` and `alpha` are empty and `color_channels` is that of
  // the colour shown (3 for a palette).
  struct PngPassthrough {
    std::string idat;         // the data of all IDAT chunks, concatenated: one zlib stream
    int bit_depth = 0;        // bits per sample: 1, 2, 4, 8 or 16 (PDF 1.5)
    int color_type = 0;       // the PNG colour type: 0 grey, 2 RGB, 3 palette
    std::string palette;      // colour type 3: the PLTE entries, palette_channels bytes each
    int palette_channels = 3;  // 3 (R, G, B) as the file has it; 1 (grey) after --grayscale
  };
  std::optional<PngPassthrough> png;
};

// Loads a PNG, JPEG, GIF, BMP, ... file. Any failure (missing, unreadable, corrupt, truncated,
// unsupported) is an error at `where` naming the file, and the result is null. A file larger
// than `limits.max_image_bytes` is refused before it is read, and one whose header claims more
// than `limits.max_image_pixels` before anything is decoded.
std::shared_ptr<const RasterImage> load_raster_image(const std::string& path,
                                                     const SourceLocation& where,
                                                     Diagnostics& diagnostics,
                                                     const ResourceLimits& limits = {});

// The same from the file's bytes, already read (the fuzz target feeds them from memory); `path`
// names the figure in messages and becomes the image's source_path.
std::shared_ptr<const RasterImage> decode_raster_image(std::string bytes, const std::string& path,
                                                       const SourceLocation& where,
                                                       Diagnostics& diagnostics,
                                                       const ResourceLimits& limits = {});

}  // namespace handout
