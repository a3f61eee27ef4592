#include "image/jpeg_structure.h"

#include <cstdint>

#include "image/byte_reading.h"
#include "image/jpeg_tables.h"

namespace handout {
namespace {

constexpr uint8_t kEndOfImage = 0xD9;
constexpr uint8_t kHuffmanTables = 0xC4;
constexpr uint8_t kQuantizationTables = 0xDB;
constexpr uint8_t kStartOfScan = 0xDA;
constexpr uint8_t kAdobeApp14 = 0xEE;

// Markers that stand alone, without a length field.
bool is_standalone_marker(uint8_t marker) {
  return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

// SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
bool is_frame_header(uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// What is wrong with the Huffman tables of a DHT segment, or "". stb_image builds each table
// without checking it: more than 256 codes overran its arrays (found by fuzz_image).
std::string find_huffman_table_damage(std::string_view segment) {
  size_t at = 0;
  while (at < segment.size()) {
    if (segment.size() - at < 17) return "a Huffman table is cut short";
    const uint8_t table_class = byte_at(segment, at) >> 4;
    const uint8_t table_number = byte_at(segment, at) & 15;
    if (table_class > 1 || table_number > 3) {
      return "a Huffman table has class " + std::to_string(table_class) + " and number " +
             std::to_string(table_number) + " (at most 1 and 3)";
    }
    size_t codes = 0;
    for (size_t length = 1; length <= 16; ++length) codes += byte_at(segment, at + length);
    if (codes > 256) {
      return "a Huffman table lists " + std::to_string(codes) + " codes, more than 256";
    }
    at += 17;
    if (segment.size() - at < codes) return "a Huffman table is cut short";
    at += codes;
  }
  return "";
}

void read_segment(std::string_view segment, uint8_t marker, JpegStructure& structure,
                  JpegTableUse& tables) {
  if (marker == kHuffmanTables) {
    structure.damage = find_huffman_table_damage(segment);
    tables.define_huffman_tables(segment);
  } else if (marker == kQuantizationTables) {
    tables.define_quantization_tables(segment);
  } else if (marker == kStartOfScan) {
    structure.damage = tables.check_scan(segment);
  } else if (is_frame_header(marker) && segment.size() >= 6) {
    tables.read_frame(marker, segment);
    structure.precision = byte_at(segment, 0);
    structure.height = big_endian_at(segment, 1, 2);
    structure.width = big_endian_at(segment, 3, 2);
    structure.components = byte_at(segment, 5);
    // SOF2, SOF6, SOF10, SOF14: progressive, whose coefficients a decoder keeps for the whole
    // image.
    structure.progressive = (marker & 0x03) == 0x02;
  } else if (marker == kAdobeApp14 && segment.size() >= 12 && segment.substr(0, 5) == "Adobe") {
    structure.adobe_transform = byte_at(segment, 11);
  }
}

// The offset of the marker that ends the entropy-coded data starting at `at`. In that data a
// 0xFF byte is followed by 0x00 (a stuffed byte) or a restart marker; anything else is a marker.
size_t skip_entropy_coded_data(std::string_view bytes, size_t at) {
  for (; at + 1 < bytes.size(); ++at) {
    if (byte_at(bytes, at) != 0xFF) continue;
    const uint8_t next = byte_at(bytes, at + 1);
    if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) return at;
  }
  return bytes.size();
}

const char* const kTruncated = "it ends before the JPEG end marker (the file may be truncated)";

// Moves `at` past the next marker (and any fill bytes before it) and reports which it is.
bool next_marker(std::string_view bytes, size_t& at, uint8_t& marker, std::string& damage) {
  while (at + 1 < bytes.size() && byte_at(bytes, at) == 0xFF && byte_at(bytes, at + 1) == 0xFF) {
    ++at;
  }
  if (at + 2 > bytes.size()) {
    damage = kTruncated;
    return false;
  }
  if (byte_at(bytes, at) != 0xFF) {
    damage = "it has no JPEG marker where one must be, at byte " + std::to_string(at) +
             " (the file may be corrupted)";
    return false;
  }
  marker = byte_at(bytes, at + 1);
  at += 2;
  return true;
}

// Moves `at` past the segment of `marker` (and its scan data after SOS), noting what it says.
bool skip_segment(std::string_view bytes, size_t& at, uint8_t marker, JpegStructure& structure,
                  JpegTableUse& tables) {
  if (at + 2 > bytes.size() || big_endian_at(bytes, at, 2) < 2 ||
      big_endian_at(bytes, at, 2) > bytes.size() - at) {
    structure.damage = kTruncated;
    return false;
  }
  const uint64_t length = big_endian_at(bytes, at, 2);
  read_segment(bytes.substr(at + 2, length - 2), marker, structure, tables);
  if (!structure.damage.empty()) return false;
  at += length;
  if (marker == kStartOfScan) at = skip_entropy_coded_data(bytes, at);
  return true;
}

}  // namespace

// stb_image, unlike libjpeg, skips any 0xFF fill bytes before the start marker (FF D8), so a file
// that starts FF FF D8 is a JPEG to it too (found by fuzz_image: one got past the checks so).
bool looks_like_jpeg(std::string_view bytes) {
  const size_t marker = bytes.find_first_not_of('\xFF');
  return marker != std::string_view::npos && marker >= 1 && byte_at(bytes, marker) == 0xD8;
}

JpegStructure read_jpeg_structure(std::string_view bytes) {
  JpegStructure structure;
  if (bytes.substr(0, 2) != "\xFF\xD8") {
    structure.damage = "it has bytes before its JPEG start marker";
    return structure;
  }
  size_t at = 2;  // after SOI
  uint8_t marker = 0;
  JpegTableUse tables;
  for (;;) {
    if (at + 1 < bytes.size() && byte_at(bytes, at) == 0xFF && byte_at(bytes, at + 1) == 0xFF) {
      structure.has_fill_bytes = true;
    }
    if (!next_marker(bytes, at, marker, structure.damage)) break;
    if (marker == kEndOfImage) {
      structure.length = at;
      break;
    }
    if (!is_standalone_marker(marker) && !skip_segment(bytes, at, marker, structure, tables)) {
      break;
    }
  }
  if (structure.damage.empty() && structure.components == 0) {
    structure.damage = "it has no JPEG frame header";
  }
  return structure;
}

bool can_pass_jpeg_through(const JpegStructure& structure) {
  return structure.precision == 8 && (structure.components == 1 || structure.components == 3) &&
         !structure.has_fill_bytes;
}

}  // namespace handout
