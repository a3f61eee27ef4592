#include "text/sfnt_table.h"

namespace handout {

SfntTable::SfntTable(hb_face_t* face, hb_tag_t tag) : blob_(hb_face_reference_table(face, tag)) {
  const char* data = hb_blob_get_data(blob_, &length_);
  data_ = reinterpret_cast<const uint8_t*>(data);
  if (data_ == nullptr) length_ = 0;
}

SfntTable::~SfntTable() { hb_blob_destroy(blob_); }

std::optional<uint16_t> SfntTable::u16(unsigned offset) const {
  if (offset + 2 > length_) return std::nullopt;
  return static_cast<uint16_t>((data_[offset] << 8) | data_[offset + 1]);
}

std::optional<int16_t> SfntTable::i16(unsigned offset) const {
  std::optional<uint16_t> raw = u16(offset);
  if (!raw) return std::nullopt;
  return static_cast<int16_t>(*raw);
}

}  // namespace handout
