#pragma once

// stb_image 2.27 allocates its JPEG decoder without clearing it, so a scan that uses a Huffman
// table the file never defined decodes with whatever an earlier allocation left there: an index
// out of its tables (found by fuzz_image under UBSan, only after other inputs had run). The same
// holds for quantization tables. libjpeg refuses such files; so does handout, before decoding.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

// Follows which tables a JPEG defines, segment by segment, and checks that each scan uses
// defined ones.
class JpegTableUse {
 public:
  // DHT and DQT segments (the bytes after the length field): the tables they define.
  void define_huffman_tables(std::string_view segment);
  void define_quantization_tables(std::string_view segment);
  // A frame header (SOF0-SOF15): its components' quantization tables, and whether it is
  // progressive (SOF2), which decides what a scan uses.
  void read_frame(uint8_t marker, std::string_view segment);
  // An SOS segment: empty when every table the scan decodes with is defined by now; otherwise
  // what is wrong, in words completing "figure 'x' is damaged: ".
  std::string check_scan(std::string_view segment) const;

 private:
  struct Component {
    uint8_t id;
    uint8_t quantization_table;
  };

  std::string missing_quantization_table() const;

  uint8_t huffman_dc_ = 0;  // bit N: DC table N is defined
  uint8_t huffman_ac_ = 0;
  uint8_t quantization_ = 0;
  bool huffman_coded_ = false;  // SOF0-SOF2: the frames stb_image decodes
  bool progressive_ = false;
  std::vector<Component> components_;
};

}  // namespace handout
