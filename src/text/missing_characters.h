#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/font_face.h"
#include "text/shaper.h"

namespace handout {

// A character a face has no glyph for, found behind a .notdef glyph (id 0).
struct MissingCharacter {
  char32_t code_point = 0;
  std::string text;  // its bytes in the shaped text
};

// The characters `face` cannot draw in `text`, shaped into `glyphs` (whose clusters index into
// `text`), in the order of the glyphs, repeats included. A cluster may hold several characters
// (a base and its marks) of which the face lacks only one; when it has each of them on its own,
// the cluster's first character stands for it.
std::vector<MissingCharacter> missing_characters(const FontFace& face, std::string_view text,
                                                 const std::vector<ShapedGlyph>& glyphs);

// "the font 'NotoSans-Regular' has no glyph for U+4E2D '中'"
std::string missing_glyph_message(const FontFace& face, const MissingCharacter& character);

// "NotoSans-Regular U+4E2D": the same for the same face and character, wherever it is missing.
std::string missing_glyph_key(const FontFace& face, const MissingCharacter& character);

// A face's name in messages: its PostScript name, else its file's name.
std::string face_display_name(const FontFace& face);

// "U+4E2D '中'": the code point, and the character itself unless it is a control character (a
// malformed byte, decoded as U+FFFD, shows as the replacement character).
std::string character_label(const MissingCharacter& character);

}  // namespace handout
