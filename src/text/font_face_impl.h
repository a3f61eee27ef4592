#pragma once

// Private to src/text: the HarfBuzz objects behind a FontFace, so that the shaper can reach the
// hb_font_t without HarfBuzz leaking into the public header.

#include <hb-ot.h>
#include <hb.h>

#include <string>
#include <string_view>

#include "text/font_face.h"

namespace handout {

struct FontFace::Impl {
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  std::string path;
  std::string postscript_name;
  // The font file, mapped read-only; the blob owns the mapping and unmaps it when destroyed.
  // Mapping instead of reading touches only the pages HarfBuzz reads (a fraction of a face that
  // shapes a few words, none of a fallback face that shapes nothing).
  std::string_view mapped;
  unsigned units_per_em = 0;
  int ascender = 0;
  int descender = 0;
  int cap_height = 0;
  int italic_angle = 0;
  bool is_bold = false;
  bool is_italic = false;
  int bounding_box[4] = {0, 0, 0, 0};

  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  // Scaled to units_per_em, so every HarfBuzz position is in font units; immutable after load,
  // which is what makes shaping on one face from several threads safe.
  hb_font_t* font = nullptr;
};

}  // namespace handout
