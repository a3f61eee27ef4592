#pragma once

// Private to src/text: the descriptive values of a face (name, metrics, style, bounding box)
// that layout and the writer read, computed once at load so the getters are plain reads.

#include "text/font_face_impl.h"

namespace handout {

// Fills everything after units_per_em in `impl` from its (already opened) face and font.
void read_font_properties(FontFace::Impl& impl);

// The name the writer gives the font in the PDF: the face's PostScript name when it has a
// usable one, else the file name without its extension, reduced to [A-Za-z0-9-].
std::string choose_postscript_name(hb_face_t* face, const std::string& path);

}  // namespace handout
