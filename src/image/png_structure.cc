#include "image/png_structure.h"

#include <array>
#include <cstdint>

namespace handout {
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr size_t kChunkOverhead = 12;  // length, type, CRC

uint32_t read_u32(std::string_view bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

// The CRC-32 PNG uses (ISO 3309, reflected polynomial 0xEDB88320).
uint32_t crc32_of(std::string_view bytes) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> entries{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      entries[n] = c;
    }
    return entries;
  }();
  uint32_t crc = 0xFFFFFFFFu;
  for (char byte : bytes) crc = table[(crc ^ static_cast<uint8_t>(byte)) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

bool is_valid_chunk_type(std::string_view type) {
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

std::string quoted(std::string_view type) { return "chunk '" + std::string(type) + "'"; }

// What is wrong with the chunk at `at`, if anything; `type` receives its name.
std::optional<std::string> find_chunk_damage(std::string_view bytes, size_t at,
                                             std::string_view& type) {
  if (bytes.size() - at < kChunkOverhead) {
    return "it ends in the middle of a chunk (the file may be truncated)";
  }
  type = bytes.substr(at + 4, 4);
  if (!is_valid_chunk_type(type)) {
    return "it has a chunk with an invalid name at byte " + std::to_string(at) +
           " (the file may be corrupted)";
  }
  const uint32_t length = read_u32(bytes, at);
  if (length > bytes.size() - at - kChunkOverhead) {
    return quoted(type) + " runs past the end of the file (the file may be truncated)";
  }
  if (crc32_of(bytes.substr(at + 4, 4 + length)) != read_u32(bytes, at + 8 + length)) {
    return quoted(type) + " fails its checksum (the file may be truncated or corrupted)";
  }
  return std::nullopt;
}

}  // namespace

bool looks_like_png(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(1, 3) == "PNG";
}

std::optional<std::string> find_png_damage(std::string_view bytes) {
  if (bytes.substr(0, 8) != kPngSignature) {
    return "its PNG signature is damaged (was it transferred as text?)";
  }
  bool seen_idat = false;
  for (size_t at = kPngSignature.size(); at < bytes.size();) {
    std::string_view type;
    if (std::optional<std::string> damage = find_chunk_damage(bytes, at, type)) return damage;
    if (at == kPngSignature.size() && type != "IHDR") {
      return "its first chunk is '" + std::string(type) + "', not 'IHDR'";
    }
    if (type == "IEND") {
      if (!seen_idat) return "it has no image data ('IDAT' chunk)";
      return std::nullopt;  // anything after IEND is ignored, as every PNG reader does
    }
    seen_idat = seen_idat || type == "IDAT";
    at += kChunkOverhead + read_u32(bytes, at);
  }
  if (bytes.size() == kPngSignature.size()) return "it has nothing after the PNG signature";
  return std::string("it has no 'IEND' chunk (the file may be truncated)");
}

std::vector<PngChunk> read_png_chunks(std::string_view bytes) {
  std::vector<PngChunk> chunks;
  for (size_t at = kPngSignature.size();
       at <= bytes.size() && bytes.size() - at >= kChunkOverhead;) {
    const uint32_t length = read_u32(bytes, at);
    if (length > bytes.size() - at - kChunkOverhead) break;
    chunks.push_back({bytes.substr(at + 4, 4), bytes.substr(at + 8, length)});
    if (chunks.back().type == "IEND") break;
    at += kChunkOverhead + length;
  }
  return chunks;
}

}  // namespace handout
