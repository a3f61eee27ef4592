#include "image/raster_image.h"

#include <climits>
#include <cstdio>
#include <optional>

#include "core/file_reading.h"
#include "image/bmp_structure.h"
#include "image/decoding_memory.h"
#include "image/hdr_structure.h"
#include "image/image_header.h"
#include "image/jpeg_structure.h"
#include "image/pic_structure.h"
#include "image/pixel_planes.h"
#include "image/png_passthrough.h"
#include "image/png_structure.h"
#include "image/pnm_structure.h"
#include "image/psd_structure.h"
#include "image/stb_decoding.h"
#include "image/tga_structure.h"

namespace handout {
namespace {

// One figure file on its way to becoming a RasterImage; each step reports its own errors.
struct FigureFile {
  const std::string& path;
  const SourceLocation& where;
  Diagnostics& diagnostics;
  const ResourceLimits& limits;
  std::string bytes;
  ImageHeader header;
  std::optional<JpegStructure> jpeg_structure;  // read once, when first asked for

  const JpegStructure& jpeg() {
    if (!jpeg_structure) jpeg_structure = read_jpeg_structure(bytes);
    return *jpeg_structure;
  }

  void error(const std::string& message, std::vector<std::string> hints = {}) {
    diagnostics.error(where, message, std::move(hints));
  }
  void damaged(const std::string& what) { error("figure '" + path + "' is damaged: " + what); }
};

void report_too_large(FigureFile& figure, uint64_t size, bool size_known) {
  figure.error("figure '" + figure.path + "' " +
                   too_large_in_words(size, size_known, figure.limits.max_image_bytes) +
                   " handout reads from an image file",
               {raise_limit_hint(kMaxImageSizeOption, "SIZE")});
}

bool read_figure(FigureFile& figure) {
  BoundedFile file = read_file_at_most(figure.path, figure.limits.max_image_bytes);
  if (file.too_large) {
    report_too_large(figure, file.size, file.size_known);
    return false;
  }
  if (!file.content) {
    figure.error("cannot read figure '" + figure.path + "': " + file.error);
    return false;
  }
  figure.bytes = std::move(*file.content);
  return true;
}

bool check_size(FigureFile& figure) {
  if (figure.bytes.empty()) {
    figure.error("figure '" + figure.path + "' is an empty file");
    return false;
  }
  if (figure.bytes.size() > INT_MAX) {  // stb_image counts bytes in an int
    figure.error("figure '" + figure.path + "' is larger than 2 GiB");
    return false;
  }
  if (figure.bytes.size() > figure.limits.max_image_bytes) {  // bytes given from memory
    report_too_large(figure, figure.bytes.size(), true);
    return false;
  }
  return true;
}

// stb_image accepts damaged PNG, JPEG and HDR files (HDR ones can make it loop forever), crashes
// on damaged PIC files, pads a truncated PNM or uncompressed TGA, and lets a few bytes of BMP,
// PSD, PNM or RLE TGA claim millions of pixels it then makes up: these are checked before
// decoding.
bool check_structure(FigureFile& figure) {
  // A file shorter than its header's sizes promise says most plainly what is wrong with it.
  const std::optional<uint64_t> complete = figure.header.complete_size;
  if (complete && figure.bytes.size() < *complete) {
    figure.damaged("it is " + std::to_string(figure.bytes.size()) + " bytes long where its " +
                   "header promises " + std::to_string(*complete) + " (the file may be truncated)");
    return false;
  }
  std::string damage;
  switch (figure.header.format) {
    case ImageFormat::png:
      damage = find_png_damage(figure.bytes).value_or("");
      break;
    case ImageFormat::jpeg:
      damage = figure.jpeg().damage;
      break;
    case ImageFormat::hdr:
      damage = figure.header.has_size()
                   ? find_hdr_damage(figure.bytes, *figure.header.width, *figure.header.height)
                         .value_or("")
                   : find_hdr_size_line_damage(figure.bytes);
      break;
    case ImageFormat::pic:
      if (!figure.header.has_size()) break;  // then the file ends inside its header
      damage =
          find_pic_damage(figure.bytes, *figure.header.width, *figure.header.height).value_or("");
      break;
    case ImageFormat::bmp:
      damage = find_bmp_damage(figure.bytes).value_or("");
      break;
    case ImageFormat::psd:
      damage = find_psd_damage(figure.bytes).value_or("");
      break;
    case ImageFormat::pnm:
      damage = find_pnm_damage(figure.bytes).value_or("");
      break;
    case ImageFormat::tga:
      damage = find_tga_damage(figure.bytes).value_or("");
      break;
    case ImageFormat::gif:
      break;
  }
  if (damage.empty()) return true;
  figure.damaged(damage);
  return false;
}

// A hint for a file that is text: most often a page saved under the image's name, or a
// Git LFS pointer checked out without its file.
std::vector<std::string> text_hint(std::string_view bytes) {
  std::string_view start = bytes.substr(0, std::min<size_t>(bytes.find('\n'), 60));
  for (char c : start) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r') return {};
  }
  if (start.empty()) return {};
  return {"the file holds text ('" + std::string(start) + "'), not an image"};
}

// "60.0 megapixels", or for counts below a tenth of one "6 pixels".
std::string pixel_count_in_words(uint64_t pixels, const char* megapixel_format) {
  if (pixels < 100'000) return std::to_string(pixels) + (pixels == 1 ? " pixel" : " pixels");
  char text[48];
  std::snprintf(text, sizeof text, megapixel_format, static_cast<double>(pixels) / 1e6);
  return std::string(text) + " megapixels";
}

// The size the header claims, checked against the pixel limit before anything else reads the
// file, so that a huge image is refused before a decoder allocates for it.
bool check_claimed_size(FigureFile& figure) {
  std::optional<ImageHeader> header = read_image_header(figure.bytes);
  if (!header) {
    figure.error("'" + figure.path +
                     "' is not an image handout can read (PNG, JPEG, GIF, BMP, TGA, PSD, PNM, "
                     "HDR and PIC are supported)",
                 text_hint(figure.bytes));
    return false;
  }
  figure.header = *header;
  const std::string format = format_name(header->format);
  if (!header->has_size()) {
    // The structure checks know better what is wrong with a PNG or JPEG, when they find it.
    if (check_structure(figure)) {
      figure.damaged("it ends inside its " + format + " header (the file may be truncated)");
    }
    return false;
  }
  const uint64_t width = *header->width, height = *header->height;
  if (width == 0 || height == 0) {
    figure.damaged("its " + format + " header says it is " + std::to_string(width) + " x " +
                   std::to_string(height) + " pixels, which holds no image");
    return false;
  }
  const uint64_t pixels = width * height;  // each at most 2^40 (PNM), so no overflow
  if (pixels <= figure.limits.max_image_pixels) return true;
  figure.error("figure '" + figure.path + "' is " + std::to_string(width) + " x " +
                   std::to_string(height) + " pixels (" + pixel_count_in_words(pixels, "%.1f") +
                   "), more than the " +
                   pixel_count_in_words(figure.limits.max_image_pixels, "%g") +
                   " handout reads from an image",
               {"scale it down: a full-width figure at 300 dpi needs about 2500 pixels across",
                raise_limit_hint(kMaxMegapixelsOption)});
  return false;
}

// Decoding takes the file's bytes (read whole) and the decoder's buffers: a figure whose header
// says that would go past --max-image-memory is refused before a decoder allocates anything.
bool check_decoding_memory(FigureFile& figure, uint64_t decoder_bytes) {
  const uint64_t needed = figure.bytes.size() + decoder_bytes;
  if (needed <= figure.limits.max_image_memory) return true;
  figure.error("figure '" + figure.path + "' (" + std::to_string(*figure.header.width) + " x " +
                   std::to_string(*figure.header.height) + " pixels) would take about " +
                   size_in_words(needed) + " of memory to read, more than the " +
                   size_in_words(figure.limits.max_image_memory) + " reading one figure may take",
               {"scale it down: a full-width figure at 300 dpi needs about 2500 pixels across; "
                "a JPEG, or a PNG without transparency, takes the least",
                raise_limit_hint(kMaxImageMemoryOption, "SIZE")});
  return false;
}

// A plain grey or colour JPEG goes into the PDF as it is: smaller, and no second lossy pass. (It
// was decoded all the same, to check it; its pixels are not copied out.)
bool keep_jpeg_bytes_if_possible(FigureFile& figure, RasterImage& image) {
  if (figure.header.format != ImageFormat::jpeg) return false;
  const JpegStructure& jpeg = figure.jpeg();
  if (!can_pass_jpeg_through(jpeg)) return false;
  image.jpeg_bytes = figure.bytes.substr(0, jpeg.length);
  image.color_channels = jpeg.components;
  return true;
}

std::shared_ptr<RasterImage> decode(FigureFile& figure) {
  StbDecoding decoding = decode_with_stb(figure.bytes);
  if (decoding.read_past_end) {  // stb_image's own reason, if it gave up, says less
    figure.damaged("its image data ends before its last pixel (the file may be truncated)");
    return nullptr;
  }
  if (!decoding.samples) {
    figure.error("figure '" + figure.path + "' cannot be decoded: stb_image reports '" +
                 decoding.failure +
                 "' (the file is damaged or uses a variant of its format handout cannot read)");
    return nullptr;
  }
  // The limits were checked on the size handout read from the header: the decoder must agree.
  const uint64_t width = *figure.header.width, height = *figure.header.height;
  if (static_cast<uint64_t>(decoding.width) != width ||
      static_cast<uint64_t>(decoding.height) != height) {
    figure.damaged("its header reads as " + std::to_string(width) + " x " + std::to_string(height) +
                   " pixels to handout but as " + std::to_string(decoding.width) + " x " +
                   std::to_string(decoding.height) + " to the decoder (the file may be corrupted)");
    return nullptr;
  }
  auto image = std::make_shared<RasterImage>();
  image->source_path = figure.path;
  if (keep_jpeg_bytes_if_possible(figure, *image)) {
    image->width = decoding.width;
    image->height = decoding.height;
    return image;
  }
  store_pixel_planes(decoding.samples.get(), decoding.width, decoding.height, decoding.channels,
                     *image);
  return image;
}

// A plain PNG keeps its compressed data, checked once instead of decoded (see png_passthrough.h).
std::shared_ptr<RasterImage> pass_png_through(FigureFile& figure, PngPassthroughPlan plan) {
  if (std::optional<std::string> damage = find_png_data_damage(plan)) {
    figure.damaged(*damage);
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
                                                     Diagnostics& diagnostics,
                                                     const ResourceLimits& limits) {
  FigureFile figure{path, where, diagnostics, limits, {}, {}, std::nullopt};
  if (!read_figure(figure)) return nullptr;
  return decode_raster_image(std::move(figure.bytes), path, where, diagnostics, limits);
}

std::shared_ptr<const RasterImage> decode_raster_image(std::string bytes, const std::string& path,
                                                       const SourceLocation& where,
                                                       Diagnostics& diagnostics,
                                                       const ResourceLimits& limits) {
  FigureFile figure{path, where, diagnostics, limits, std::move(bytes), {}, std::nullopt};
  if (!check_size(figure) || !check_claimed_size(figure) || !check_structure(figure)) {
    return nullptr;
  }
  if (figure.header.format == ImageFormat::png) {
    if (std::optional<PngPassthroughPlan> plan = plan_png_passthrough(figure.bytes)) {
      // The plan's copy of the image data, and its rows inflated once to check them.
      const uint64_t rows = static_cast<uint64_t>(plan->height) * (1 + png_row_bytes(*plan));
      if (!check_decoding_memory(figure, plan->png.idat.size() + rows)) return nullptr;
      return pass_png_through(figure, std::move(*plan));
    }
  }
  if (!check_decoding_memory(figure, decoding_memory(figure.header, figure.bytes))) return nullptr;
  return decode(figure);
}

}  // namespace handout
