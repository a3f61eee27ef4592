#include "image/png_passthrough.h"

#include <libdeflate.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <vector>

#include "image/png_structure.h"

namespace handout {
namespace {

constexpr int kGrey = 0;
constexpr int kRgb = 2;
constexpr int kPalette = 3;

struct PngHeader {
  uint32_t width = 0;
  uint32_t height = 0;
  int bit_depth = 0;
  int color_type = 0;
  int compression = 0;
  int filter_method = 0;
  int interlace = 0;
};

uint32_t read_u32(std::string_view bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

std::optional<PngHeader> read_header(const PngChunk& ihdr) {
  if (ihdr.type != "IHDR" || ihdr.data.size() != 13) return std::nullopt;
  auto byte = [&](size_t at) { return static_cast<int>(static_cast<uint8_t>(ihdr.data[at])); };
  return PngHeader{read_u32(ihdr.data, 0),
                   read_u32(ihdr.data, 4),
                   byte(8),
                   byte(9),
                   byte(10),
                   byte(11),
                   byte(12)};
}

// The combinations of colour type and bit depth PNG allows, leaving out those with alpha.
bool is_plain_colour(int color_type, int bit_depth) {
  switch (color_type) {
    case kGrey:
      return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8 ||
             bit_depth == 16;
    case kRgb:
      return bit_depth == 8 || bit_depth == 16;
    case kPalette:
      return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8;
    default:
      return false;
  }
}

bool qualifies(const PngHeader& header) {
  return header.width > 0 && header.width <= INT_MAX && header.height > 0 &&
         header.height <= INT_MAX && header.compression == 0 && header.filter_method == 0 &&
         header.interlace == 0 && is_plain_colour(header.color_type, header.bit_depth);
}

int samples_per_pixel(int color_type) { return color_type == kRgb ? 3 : 1; }

size_t row_bytes(int width, const RasterImage::PngPassthrough& png) {
  const uint64_t bits =
      static_cast<uint64_t>(width) * samples_per_pixel(png.color_type) * png.bit_depth;
  return static_cast<size_t>((bits + 7) / 8);
}

uint64_t inflated_size(const PngPassthroughPlan& plan) {
  return static_cast<uint64_t>(plan.height) * (1 + png_row_bytes(plan));
}

// Gathers the image data and the palette; false when the chunks rule the passthrough out.
bool collect_chunks(const std::vector<PngChunk>& chunks, PngPassthroughPlan& plan) {
  for (const PngChunk& chunk : chunks) {
    if (chunk.type == "tRNS") return false;  // transparency needs a decoded soft mask
    if (chunk.type == "IDAT") plan.png.idat.append(chunk.data);
    if (chunk.type == "PLTE" && plan.png.color_type == kPalette) {
      plan.png.palette = std::string(chunk.data);
    }
  }
  if (plan.png.color_type != kPalette) return true;
  const size_t entries = plan.png.palette.size() / 3;
  return plan.png.palette.size() % 3 == 0 && entries >= 1 && entries <= 256;
}

std::string pixels_in_words(const PngPassthroughPlan& plan) {
  return std::to_string(plan.width) + " x " + std::to_string(plan.height) + " pixels";
}

std::string inflate_failure(const PngPassthroughPlan& plan) {
  return "its compressed image data cannot be inflated to its " + pixels_in_words(plan) +
         " (the file may be truncated or corrupted)";
}

std::optional<std::string> find_row_damage(const PngPassthroughPlan& plan, const uint8_t* rows) {
  const size_t stride = 1 + png_row_bytes(plan);
  for (int row = 0; row < plan.height; ++row) {
    const int filter_type = rows[row * stride];
    if (filter_type > 4) {
      return "row " + std::to_string(row + 1) + " of its image data has filter type " +
             std::to_string(filter_type) + ", which PNG does not have (the file may be corrupted)";
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<PngPassthroughPlan> plan_png_passthrough(std::string_view bytes) {
  const std::vector<PngChunk> chunks = read_png_chunks(bytes);
  std::optional<PngHeader> header;
  if (!chunks.empty()) header = read_header(chunks.front());
  if (!header || !qualifies(*header)) return std::nullopt;
  PngPassthroughPlan plan;
  plan.width = static_cast<int>(header->width);
  plan.height = static_cast<int>(header->height);
  plan.color_channels = header->color_type == kGrey ? 1 : 3;
  plan.png.bit_depth = header->bit_depth;
  plan.png.color_type = header->color_type;
  // A larger image is decoded instead, so that checking it never asks for more than 2 GiB.
  if (inflated_size(plan) >= INT_MAX || !collect_chunks(chunks, plan)) return std::nullopt;
  return plan;
}

size_t png_row_bytes(const PngPassthroughPlan& plan) { return row_bytes(plan.width, plan.png); }

namespace {

// A zlib header (RFC 1950) PNG allows: deflate, a window of at most 32 KiB, no preset dictionary.
bool has_zlib_header(std::string_view idat) {
  if (idat.size() < 2) return false;
  const unsigned method = static_cast<uint8_t>(idat[0]);
  const unsigned flags = static_cast<uint8_t>(idat[1]);
  return (method & 0x0F) == 8 && (method >> 4) <= 7 && (method * 256 + flags) % 31 == 0 &&
         (flags & 0x20) == 0;
}

struct DecompressorDeleter {
  void operator()(libdeflate_decompressor* decompressor) const {
    libdeflate_free_decompressor(decompressor);
  }
};

// The zlib stream inflated into `rows`, which holds `expected` bytes and one more, to tell "too
// much" from "exactly right".
struct InflatedData {
  libdeflate_result result = LIBDEFLATE_BAD_DATA;
  std::vector<uint8_t> rows;
  size_t size = 0;
};

// libdeflate inflates the whole image in one call about three times as fast as a streaming
// inflater.
std::optional<InflatedData> inflate_image_data(std::string_view idat, size_t expected) {
  std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(
      libdeflate_alloc_decompressor());
  if (!decompressor) return std::nullopt;
  InflatedData inflated;
  inflated.rows.resize(expected + 1);
  if (has_zlib_header(idat)) {
    inflated.result = libdeflate_deflate_decompress_ex(decompressor.get(), idat.data() + 2,
                                                       idat.size() - 2, inflated.rows.data(),
                                                       expected + 1, nullptr, &inflated.size);
  }
  return inflated;
}

}  // namespace

// The Adler-32 is checked separately so a bad checksum gets its own message.
std::optional<std::string> find_png_data_damage(const PngPassthroughPlan& plan) {
  const std::string& idat = plan.png.idat;
  const size_t expected = static_cast<size_t>(inflated_size(plan));
  std::optional<InflatedData> data = inflate_image_data(idat, expected);
  if (!data) return "there is no memory to check its image data";
  const libdeflate_result result = data->result;
  const size_t inflated = data->size;
  const uint8_t* rows = data->rows.data();
  // Data that overflows even the extra byte (LIBDEFLATE_INSUFFICIENT_SPACE) fails here too.
  if (result != LIBDEFLATE_SUCCESS) return inflate_failure(plan);
  if (inflated > expected) {
    return "its image data holds more bytes than its " + pixels_in_words(plan) +
           " need (the file may be corrupted)";
  }
  if (inflated < expected) {
    return "its image data holds " + std::to_string(inflated) + " bytes where its " +
           pixels_in_words(plan) + " need " + std::to_string(expected) +
           " (the file may be truncated or corrupted)";
  }
  if (auto damage = find_row_damage(plan, rows)) return damage;
  if (idat.size() < 6 || libdeflate_adler32(1, rows, expected) != read_u32(idat, idat.size() - 4)) {
    return "its image data fails its checksum (the file may be corrupted)";
  }
  return std::nullopt;
}

std::optional<std::vector<uint8_t>> inflate_png_rows(const RasterImage& image) {
  if (!image.png) return std::nullopt;
  const size_t expected =
      static_cast<size_t>(image.height) * (1 + row_bytes(image.width, *image.png));
  std::optional<InflatedData> data = inflate_image_data(image.png->idat, expected);
  if (!data || data->result != LIBDEFLATE_SUCCESS || data->size != expected) return std::nullopt;
  data->rows.resize(expected);
  return std::move(data->rows);
}

}  // namespace handout
