#include "text/font_subsetting.h"

#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace handout {
namespace {

struct HbDeleter {
  void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
  void operator()(hb_face_t* face) const { hb_face_destroy(face); }
  void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
template <typename T>
using HbPointer = std::unique_ptr<T, HbDeleter>;

HbPointer<hb_subset_input_t> subset_input(const std::set<uint32_t>& glyph_ids) {
  HbPointer<hb_subset_input_t> input(hb_subset_input_create_or_fail());
  if (!input) return nullptr;
  hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
  hb_set_add(glyphs, 0);
  for (uint32_t glyph : glyph_ids) hb_set_add(glyphs, glyph);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t table :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F')}) {
    hb_set_add(dropped, table);
  }
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS |
                                             HB_SUBSET_FLAGS_NOTDEF_OUTLINE |
                                             HB_SUBSET_FLAGS_NO_HINTING);
  return input;
}

HbPointer<hb_face_t> face_of(std::string_view font_file) {
  HbPointer<hb_blob_t> blob(hb_blob_create_or_fail(font_file.data(),
                                                   static_cast<unsigned>(font_file.size()),
                                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  if (!blob) return nullptr;
  return HbPointer<hb_face_t>(hb_face_create(blob.get(), 0));  // the face keeps the blob alive
}

bool has_glyf_table(hb_face_t* face) {
  HbPointer<hb_blob_t> glyf(hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f')));
  return hb_face_get_glyph_count(face) > 0 && hb_blob_get_length(glyf.get()) > 0;
}

}  // namespace

bool has_truetype_outlines(std::string_view font_file) {
  HbPointer<hb_face_t> face = face_of(font_file);
  return face && has_glyf_table(face.get());
}

std::optional<std::string> subset_truetype(std::string_view font_file,
                                           const std::set<uint32_t>& glyph_ids) {
  HbPointer<hb_face_t> face = face_of(font_file);
  // HarfBuzz "subsets" garbage into an empty font without complaint.
  if (!face || !has_glyf_table(face.get())) return std::nullopt;
  HbPointer<hb_subset_input_t> input = subset_input(glyph_ids);
  if (!input) return std::nullopt;
  HbPointer<hb_face_t> subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) return std::nullopt;
  HbPointer<hb_blob_t> subset_blob(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(subset_blob.get(), &length);
  if (data == nullptr || length == 0) return std::nullopt;
  return std::string(data, length);
}

}  // namespace handout
