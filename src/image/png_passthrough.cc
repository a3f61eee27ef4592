#include "image/png_passthrough.h"

#include <stb_image.h>

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

uint64_t inflated_size(const PngPassthroughPlan& plan) {
  return static_cast<uint64_t>(plan.height) * (1 + png_row_bytes(plan));
}

// Gathers the image data and the palette; false when the chunks rule the passthrough out.
bool collect_chunks(const std::vector<PngChunk>& chunks, PngPassthroughPlan& plan) {
  for (const PngChunk& chunk : chunks) {
    if (chunk.type == "tRNS") return false;  // transparency needs a decoded soft mask
    if (chunk.type == "IDAT") plan.png.idat.append(chunk.data);
    if (chunk.type == "PLTE" && plan.png.color_type == kPalette) {
      plan.png.palette_rgb = std::string(chunk.data);
    }
  }
  if (plan.png.color_type != kPalette) return true;
  const size_t entries = plan.png.palette_rgb.size() / 3;
  return plan.png.palette_rgb.size() % 3 == 0 && entries >= 1 && entries <= 256;
}

// zlib's checksum of the uncompressed data (RFC 1950), which stb_image does not verify. Per block
// a grows by the sum of the bytes and b by n * a plus each byte weighted by how many sums it is
// in: two independent sums the compiler can vectorise, unlike the byte-by-byte recurrence.
uint32_t adler32_of(const uint8_t* data, size_t size) {
  constexpr uint64_t kModulus = 65521;
  constexpr size_t kBlock = 5552;  // the weighted sum of this many bytes still fits 32 bits
  uint64_t a = 1, b = 0;
  while (size > 0) {
    const uint32_t n = static_cast<uint32_t>(size < kBlock ? size : kBlock);
    uint32_t sum = 0, weighted = 0;
    for (uint32_t i = 0; i < n; ++i) {
      sum += data[i];
      weighted += (n - i) * data[i];
    }
    b = (b + n * a + weighted) % kModulus;
    a = (a + sum) % kModulus;
    data += n;
    size -= n;
  }
  return static_cast<uint32_t>((b << 16) | a);
}

std::string pixels_in_words(const PngPassthroughPlan& plan) {
  return std::to_string(plan.width) + " x " + std::to_string(plan.height) + " pixels";
}

// stb_image's reasons are not given: they are terse, and one path (a reserved block type)
// leaves the previous failure's reason in place. Data that overflows the buffer also fails here.
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
  // stb_image inflates into a buffer of int size, one byte larger than the data to tell "too
  // much" from "exactly right".
  if (inflated_size(plan) >= INT_MAX || !collect_chunks(chunks, plan)) return std::nullopt;
  return plan;
}

size_t png_row_bytes(const PngPassthroughPlan& plan) {
  const uint64_t bits = static_cast<uint64_t>(plan.width) * samples_per_pixel(plan.png.color_type) *
                        plan.png.bit_depth;
  return static_cast<size_t>((bits + 7) / 8);
}

std::optional<std::string> find_png_data_damage(const PngPassthroughPlan& plan) {
  const std::string& idat = plan.png.idat;
  const int expected = static_cast<int>(inflated_size(plan));
  std::unique_ptr<uint8_t[]> rows(new uint8_t[static_cast<size_t>(expected) + 1]);
  const int inflated = stbi_zlib_decode_buffer(reinterpret_cast<char*>(rows.get()), expected + 1,
                                               idat.data(), static_cast<int>(idat.size()));
  if (inflated < 0) return inflate_failure(plan);
  if (inflated > expected) {
    return "its image data holds more bytes than its " + pixels_in_words(plan) +
           " need (the file may be corrupted)";
  }
  if (inflated < expected) {
    return "its image data holds " + std::to_string(inflated) + " bytes where its " +
           pixels_in_words(plan) + " need " + std::to_string(expected) +
           " (the file may be truncated or corrupted)";
  }
  if (auto damage = find_row_damage(plan, rows.get())) return damage;
  if (idat.size() < 6 || adler32_of(rows.get(), expected) != read_u32(idat, idat.size() - 4)) {
    return "its image data fails its checksum (the file may be corrupted)";
  }
  return std::nullopt;
}

}  // namespace handout
