#pragma once

// Private to src/text: reading the raw bytes of an sfnt (TrueType/OpenType) file, for the checks
// made before HarfBuzz sees it (sfnt_directory.h, sfnt_metrics_check.h).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace handout::sfnt {

inline constexpr size_t kHeaderBytes = 12;       // sfnt version, table count, search fields
inline constexpr size_t kTableRecordBytes = 16;  // tag, checksum, offset, length

// The unsigned number of `width` bytes (at most 4) at `at`, which the caller has checked.
inline uint32_t big_endian(std::string_view bytes, size_t at, size_t width) {
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

inline bool starts_like_sfnt(std::string_view bytes) {
  if (bytes.size() < kHeaderBytes) return false;
  const std::string_view version = bytes.substr(0, 4);
  return version == std::string_view("\0\1\0\0", 4) || version == "true" || version == "OTTO";
}

inline size_t table_count(std::string_view bytes) { return big_endian(bytes, 4, 2); }

// The bytes of the table `tag`, or nothing when the directory does not list it or it does not
// lie inside the file.
inline std::optional<std::string_view> table_bytes(std::string_view font, std::string_view tag) {
  if (!starts_like_sfnt(font)) return std::nullopt;
  const size_t tables = table_count(font);
  if (kHeaderBytes + tables * kTableRecordBytes > font.size()) return std::nullopt;
  for (size_t i = 0; i < tables; ++i) {
    const size_t record = kHeaderBytes + i * kTableRecordBytes;
    if (font.substr(record, 4) != tag) continue;
    const uint64_t offset = big_endian(font, record + 8, 4);
    const uint64_t length = big_endian(font, record + 12, 4);
    if (offset + length > font.size()) return std::nullopt;
    return font.substr(offset, length);
  }
  return std::nullopt;
}

}  // namespace handout::sfnt
