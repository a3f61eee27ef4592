#include "image/raster_image.h"

#include <stb_image.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <optional>
#include <system_error>

#include "core/file_reading.h"
#include "image/bmp_structure.h"
#include "image/jpeg_structure.h"
#include "image/pixel_planes.h"
#include "image/png_passthrough.h"
#include "image/png_structure.h"
#include "image/pnm_structure.h"
#include "image/psd_structure.h"
#include "image/tga_structure.h"

namespace handout {
namespace {

constexpr long long kMaxPixels = 50'000'000;

// One figure file on its way to becoming a RasterImage; each step reports its own errors.
struct FigureFile {
  const std::string& path;
  const SourceLocation& where;
  Diagnostics& diagnostics;
  std::string bytes;
  std::optional<JpegStructure> jpeg;

  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(bytes.data()); }
  int size() const { return static_cast<int>(bytes.size()); }
  void error(const std::string& message, std::vector<std::string> hints = {}) {
    diagnostics.error(where, message, std::move(hints));
  }
};

bool read_figure(const std::string& path, const SourceLocation& where, std::string& bytes,
                 Diagnostics& diagnostics) {
  std::string reason;
  std::optional<std::string> content = read_whole_file(path, reason);
  if (!content) {
    diagnostics.error(where, "cannot read figure '" + path + "': " + reason);
    return false;
  }
  bytes = std::move(*content);
  return true;
}

bool check_size(FigureFile& figure) {
  if (figure.bytes.empty()) {
    figure.error("figure '" + figure.path + "' is an empty file");
    return false;
  }
  if (figure.bytes.size() > INT_MAX) {  // stb_image takes an int length
    figure.error("figure '" + figure.path + "' is larger than 2 GB");
    return false;
  }
  return true;
}

// PNG, JPEG, BMP, PSD, PNM and TGA are checked before decoding: stb_image accepts damaged ones.
bool check_structure(FigureFile& figure) {
  std::string damage;
  if (looks_like_png(figure.bytes)) {
    damage = find_png_damage(figure.bytes).value_or("");
  } else if (looks_like_jpeg(figure.bytes)) {
    figure.jpeg = read_jpeg_structure(figure.bytes);
    damage = figure.jpeg->damage;
  } else if (looks_like_bmp(figure.bytes)) {
    damage = find_bmp_damage(figure.bytes).value_or("");
  } else if (looks_like_psd(figure.bytes)) {
    damage = find_psd_damage(figure.bytes).value_or("");
  } else if (looks_like_pnm(figure.bytes)) {
    damage = find_pnm_damage(figure.bytes).value_or("");
  } else if (looks_like_tga(figure.bytes)) {
    damage = find_tga_damage(figure.bytes).value_or("");
  }
  if (damage.empty()) return true;
  figure.error("figure '" + figure.path + "' is damaged: " + damage);
  return false;
}

// Reads only the header, so that a huge image is refused before anything is allocated for it.
bool check_header(FigureFile& figure) {
  int width = 0, height = 0, channels = 0;
  if (!stbi_info_from_memory(figure.data(), figure.size(), &width, &height, &channels)) {
    figure.error("'" + figure.path +
                 "' is not an image handout can read (PNG, JPEG, GIF, BMP, TGA, PSD, PNM, HDR are "
                 "supported)");
    return false;
  }
  if (width <= 0 || height <= 0) {  // stb_image reads a PNM header of "2 0" as an empty image
    figure.error("figure '" + figure.path + "' has no pixels: its header gives a size of " +
                 std::to_string(width) + " x " + std::to_string(height));
    return false;
  }
  const long long pixels = static_cast<long long>(width) * height;
  if (pixels <= kMaxPixels) return true;
  char megapixels[32];
  std::snprintf(megapixels, sizeof megapixels, "%.1f", pixels / 1e6);
  figure.error("figure '" + figure.path + "' is " + std::to_string(width) + " x " +
                   std::to_string(height) + " pixels (" + megapixels +
                   " megapixels); handout reads images of at most 50 megapixels",
               {"scale it down: a full-width figure at 300 dpi needs about 2500 pixels across"});
  return false;
}

struct StbImageDeleter {
  void operator()(stbi_uc* samples) const { stbi_image_free(samples); }
};

// Softimage PIC, by its signature and the "PICT" tag after its 80-byte comment.
bool looks_like_pic(std::string_view bytes) {
  return bytes.substr(0, 4) == "\x53\x80\xF6\x34" && bytes.substr(88, 4) == "PICT";
}

std::shared_ptr<RasterImage> decode(FigureFile& figure) {
  int width = 0, height = 0, channels = 0;
  // stb_image decodes a PIC into four channels, then converts them to the file's count; when the
  // decoding failed, it converts a null buffer and crashes (found by fuzz_image). Asking for four
  // channels skips that conversion.
  const int channels_asked = looks_like_pic(figure.bytes) ? 4 : 0;
  // Eight bits per channel whatever the file has: 16-bit PNGs are reduced here.
  std::unique_ptr<stbi_uc, StbImageDeleter> samples(stbi_load_from_memory(
      figure.data(), figure.size(), &width, &height, &channels, channels_asked));
  if (!samples) {
    figure.error("figure '" + figure.path + "' cannot be decoded: stb_image reports '" +
                 stbi_failure_reason() +
                 "' (the file is damaged or uses a variant of its format handout cannot read)");
    return nullptr;
  }
  auto image = std::make_shared<RasterImage>();
  image->source_path = figure.path;
  store_pixel_planes(samples.get(), width, height, channels_asked ? channels_asked : channels,
                     *image);
  return image;
}

// A plain grey or colour JPEG goes into the PDF as it is: smaller, and no second lossy pass.
void keep_jpeg_bytes_if_possible(const FigureFile& figure, RasterImage& image) {
  if (!figure.jpeg || !can_pass_jpeg_through(*figure.jpeg)) return;
  image.jpeg_bytes = figure.bytes.substr(0, figure.jpeg->length);
  image.color_channels = figure.jpeg->components;
  image.pixels.clear();
  image.pixels.shrink_to_fit();
}

// A plain PNG keeps its compressed data, checked once instead of decoded (see png_passthrough.h).
std::shared_ptr<RasterImage> pass_png_through(FigureFile& figure, PngPassthroughPlan plan) {
  if (std::optional<std::string> damage = find_png_data_damage(plan)) {
    figure.error("figure '" + figure.path + "' is damaged: " + *damage);
    return nullptr;
  }
  auto image = std::make_shared<RasterImage>();
  image->source_path = figure.path;
  image->width = plan.width;
  image->height = plan.height;
  image->color_channels = plan.color_channels;
  image->png = std::move(plan.png);
  return image;
}

}  // namespace

std::shared_ptr<const RasterImage> load_raster_image(const std::string& path,
                                                     const SourceLocation& where,
                                                     Diagnostics& diagnostics) {
  std::string bytes;
  if (!read_figure(path, where, bytes, diagnostics)) return nullptr;
  return decode_raster_image(std::move(bytes), path, where, diagnostics);
}

std::shared_ptr<const RasterImage> decode_raster_image(std::string bytes, const std::string& path,
                                                       const SourceLocation& where,
                                                       Diagnostics& diagnostics) {
  FigureFile figure{path, where, diagnostics, std::move(bytes), std::nullopt};
  if (!check_size(figure) || !check_structure(figure) || !check_header(figure)) return nullptr;
  if (looks_like_png(figure.bytes)) {
    if (std::optional<PngPassthroughPlan> plan = plan_png_passthrough(figure.bytes)) {
      return pass_png_through(figure, std::move(*plan));
    }
  }
  std::shared_ptr<RasterImage> image = decode(figure);
  if (image) keep_jpeg_bytes_if_possible(figure, *image);
  return image;
}

}  // namespace handout
