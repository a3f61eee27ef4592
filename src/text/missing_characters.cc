#include "text/missing_characters.h"

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"

namespace handout {
namespace {

// The distinct cluster starts in ascending order, whatever the direction the glyphs run in.
std::vector<uint32_t> sorted_cluster_starts(const std::vector<ShapedGlyph>& glyphs) {
  std::vector<uint32_t> starts;
  starts.reserve(glyphs.size());
  for (const ShapedGlyph& glyph : glyphs) starts.push_back(glyph.cluster);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

size_t cluster_end(const std::vector<uint32_t>& starts, uint32_t start, size_t text_size) {
  auto next = std::upper_bound(starts.begin(), starts.end(), start);
  return next == starts.end() ? text_size : std::min<size_t>(*next, text_size);
}

void add_missing_in_cluster(const FontFace& face, std::string_view cluster,
                            std::vector<MissingCharacter>& missing) {
  bool found = false;
  for (size_t at = 0; at < cluster.size();) {
    const DecodedCharacter character = decode_first_character(cluster.substr(at));
    if (face.glyph_for(character.code_point) == 0) {
      missing.push_back({character.code_point, std::string(cluster.substr(at, character.length))});
      found = true;
    }
    at += character.length;
  }
  if (!found) {
    const DecodedCharacter first = decode_first_character(cluster);
    missing.push_back({first.code_point, std::string(cluster.substr(0, first.length))});
  }
}

// "U+4E2D"
std::string code_point_label(char32_t code_point) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code_point));
  return hex;
}

bool is_control(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0);
}

}  // namespace

std::vector<MissingCharacter> missing_characters(const FontFace& face, std::string_view text,
                                                 const std::vector<ShapedGlyph>& glyphs) {
  std::vector<MissingCharacter> missing;
  std::vector<uint32_t> cluster_starts;  // built only when a glyph is missing
  for (const ShapedGlyph& glyph : glyphs) {
    if (glyph.glyph_id != 0 || glyph.cluster >= text.size()) continue;
    if (cluster_starts.empty()) cluster_starts = sorted_cluster_starts(glyphs);
    const size_t end = cluster_end(cluster_starts, glyph.cluster, text.size());
    add_missing_in_cluster(face, text.substr(glyph.cluster, end - glyph.cluster), missing);
  }
  return missing;
}

std::string missing_glyph_message(const FontFace& face, const MissingCharacter& character) {
  return "the font '" + face_display_name(face) + "' has no glyph for " +
         character_label(character);
}

std::string missing_glyph_key(const FontFace& face, const MissingCharacter& character) {
  return face_display_name(face) + " " + code_point_label(character.code_point);
}

std::string face_display_name(const FontFace& face) {
  if (!face.postscript_name().empty()) return face.postscript_name();
  const std::string& path = face.path();
  return path.substr(path.find_last_of('/') + 1);
}

std::string character_label(const MissingCharacter& character) {
  std::string label = code_point_label(character.code_point);
  if (is_control(character.code_point)) return label;
  // A malformed byte decodes as U+FFFD; quote the replacement character, not the bad byte.
  const std::string shown = character.code_point == 0xFFFD ? "\uFFFD" : character.text;
  return label + " '" + shown + "'";
}

}  // namespace handout
