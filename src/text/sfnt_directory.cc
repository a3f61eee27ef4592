#include "text/sfnt_directory.h"

#include <cstdint>

#include "text/sfnt_bytes.h"

namespace handout {
namespace {

using sfnt::big_endian;
using sfnt::kHeaderBytes;
using sfnt::kTableRecordBytes;
using sfnt::starts_like_sfnt;

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
    const uint32_t offset = big_endian(bytes, record + 8, 4);
    const uint32_t length = big_endian(bytes, record + 12, 4);
    const std::string table = "its " + tag_text(bytes.substr(record, 4)) + " table";
    const uint64_t end = uint64_t{offset} + length;
    if (end > bytes.size()) return beyond_the_end(table, end, bytes.size());
    // HarfBuzz would read the header and the directory as the table, and fail only when the
    // writer subsets the font.
    if (length > 0 && offset < directory_end) {
      return table + " starts at byte " + std::to_string(offset) + ", inside the table directory";
    }
  }
  return std::nullopt;
}

}  // namespace handout
