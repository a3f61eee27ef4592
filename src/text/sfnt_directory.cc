#include "text/sfnt_directory.h"

#include <cstdint>

namespace handout {
namespace {

constexpr size_t kHeaderBytes = 12;       // sfnt version, table count, search fields
constexpr size_t kTableRecordBytes = 16;  // tag, checksum, offset, length

uint32_t big_endian(std::string_view bytes, size_t at, size_t width) {
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i) value = (value << 8) | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

bool starts_like_sfnt(std::string_view bytes) {
  if (bytes.size() < kHeaderBytes) return false;
  const std::string_view version = bytes.substr(0, 4);
  return version == std::string_view("\0\1\0\0", 4) || version == "true" || version == "OTTO";
}

// A table tag for a message: its four characters when they are printable ASCII.
std::string tag_text(std::string_view tag) {
  for (char c : tag) {
    if (c < 0x20 || c > 0x7E) return "of an unreadable name";
  }
  return "'" + std::string(tag) + "'";
}

std::string beyond_the_end(const std::string& what, uint64_t end, size_t size) {
  return what + " ends at byte " + std::to_string(end) + ", but the file has only " +
         std::to_string(size) + " bytes";
}

}  // namespace

std::optional<std::string> sfnt_directory_problem(std::string_view bytes) {
  if (!starts_like_sfnt(bytes)) return std::nullopt;
  const size_t tables = big_endian(bytes, 4, 2);
  const uint64_t directory_end = kHeaderBytes + tables * kTableRecordBytes;
  if (directory_end > bytes.size()) {
    return beyond_the_end("its table directory", directory_end, bytes.size());
  }
  for (size_t i = 0; i < tables; ++i) {
    const size_t record = kHeaderBytes + i * kTableRecordBytes;
    const uint64_t end =
        uint64_t{big_endian(bytes, record + 8, 4)} + big_endian(bytes, record + 12, 4);
    if (end > bytes.size()) {
      return beyond_the_end("its " + tag_text(bytes.substr(record, 4)) + " table", end,
                            bytes.size());
    }
  }
  return std::nullopt;
}

}  // namespace handout
