#include "image/jpeg_tables.h"

#include "image/byte_reading.h"

namespace handout {
namespace {

constexpr uint8_t kBaselineFrame = 0xC0;
constexpr uint8_t kProgressiveFrame = 0xC2;
constexpr size_t kHuffmanCountBytes = 16;
constexpr size_t kQuantizationValues = 64;

std::string missing_huffman(const char* kind, unsigned number) {
  return "a scan decodes with " + std::string(kind) + " Huffman table " + std::to_string(number) +
         ", which the file does not define before it (the file may be corrupted)";
}

}  // namespace

// Tables of the wrong class or number, or cut short, are reported by the DHT check first.
void JpegTableUse::define_huffman_tables(std::string_view segment) {
  size_t at = 0;
  while (at < segment.size() && segment.size() - at > kHuffmanCountBytes) {
    const unsigned table_class = byte_at(segment, at) >> 4, number = byte_at(segment, at) & 15;
    size_t codes = 0;
    for (size_t length = 1; length <= kHuffmanCountBytes; ++length) {
      codes += byte_at(segment, at + length);
    }
    if (number < 4) (table_class == 0 ? huffman_dc_ : huffman_ac_) |= 1u << number;
    at += 1 + kHuffmanCountBytes + codes;
  }
}

void JpegTableUse::define_quantization_tables(std::string_view segment) {
  size_t at = 0;
  while (at < segment.size()) {
    const unsigned precision = byte_at(segment, at) >> 4, number = byte_at(segment, at) & 15;
    if (number < 4) quantization_ |= 1u << number;
    at += 1 + kQuantizationValues * (precision == 0 ? 1 : 2);
  }
}

void JpegTableUse::read_frame(uint8_t marker, std::string_view segment) {
  huffman_coded_ = marker >= kBaselineFrame && marker <= kProgressiveFrame;
  progressive_ = marker == kProgressiveFrame;
  components_.clear();
  if (segment.size() < 6) return;
  const size_t count = byte_at(segment, 5);
  for (size_t i = 0; i < count && 6 + 3 * i + 2 < segment.size(); ++i) {
    components_.push_back({byte_at(segment, 6 + 3 * i), byte_at(segment, 6 + 3 * i + 2)});
  }
}

std::string JpegTableUse::missing_quantization_table() const {
  for (const Component& component : components_) {
    const unsigned number = component.quantization_table;
    if (number < 4 && !(quantization_ & (1u << number))) {
      return "its frame uses quantization table " + std::to_string(number) +
             ", which the file does not define before its first scan (the file may be corrupted)";
    }
  }
  return "";
}

// A baseline scan decodes with each component's DC and AC tables; a progressive one with the DC
// tables in its first DC pass (spectral start 0, successive high 0), else with the AC tables.
std::string JpegTableUse::check_scan(std::string_view segment) const {
  if (!huffman_coded_ || segment.empty()) return "";
  if (std::string missing = missing_quantization_table(); !missing.empty()) return missing;
  const size_t count = byte_at(segment, 0);
  if (segment.size() < 1 + 2 * count + 3) return "";  // stb_image refuses it
  const unsigned spectral_start = byte_at(segment, 1 + 2 * count);
  const unsigned successive_high = byte_at(segment, 3 + 2 * count) >> 4;
  const bool uses_dc = !progressive_ || (spectral_start == 0 && successive_high == 0);
  const bool uses_ac = !progressive_ || spectral_start > 0;
  for (size_t i = 0; i < count; ++i) {
    const unsigned tables = byte_at(segment, 2 + 2 * i);
    const unsigned dc = tables >> 4, ac = tables & 15;
    if (uses_dc && dc < 4 && !(huffman_dc_ & (1u << dc))) return missing_huffman("DC", dc);
    if (uses_ac && ac < 4 && !(huffman_ac_ & (1u << ac))) return missing_huffman("AC", ac);
  }
  return "";
}

}  // namespace handout
