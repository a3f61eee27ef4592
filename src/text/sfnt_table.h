#pragma once

// Private to src/text: raw big-endian fields of one sfnt table, for the few values HarfBuzz
// has no public getter for (the head table's bounding box, OS/2 fsSelection).

#include <hb.h>

#include <cstdint>
#include <optional>

namespace handout {

class SfntTable {
 public:
  SfntTable(hb_face_t* face, hb_tag_t tag);
  ~SfntTable();
  SfntTable(const SfntTable&) = delete;
  SfntTable& operator=(const SfntTable&) = delete;

  bool present() const { return length_ > 0; }
  // Empty when the field lies beyond the end of the table (a short or damaged table).
  std::optional<uint16_t> u16(unsigned offset) const;
  std::optional<int16_t> i16(unsigned offset) const;

 private:
  hb_blob_t* blob_;
  const uint8_t* data_;
  unsigned length_;
};

}  // namespace handout
