#include "text/font_properties.h"

#include <cmath>
#include <filesystem>
#include <optional>
#include <string_view>

#include "text/sfnt_table.h"

namespace handout {
namespace {

// PostScript names are printable ASCII without the PDF/PostScript delimiters; anything else
// would break the /BaseFont name the writer makes from it.
bool is_usable_postscript_name(std::string_view name) {
  if (name.empty() || name.size() > 127) return false;
  for (char c : name) {
    if (c < 33 || c > 126 || std::string_view("[](){}<>/%").find(c) != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

std::string name_table_postscript_name(hb_face_t* face) {
  char buffer[256];
  unsigned size = sizeof buffer;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buffer);
  return std::string(buffer, size);
}

std::string postscript_name_from_file_stem(const std::string& path) {
  std::string name;
  for (char c : std::filesystem::path(path).stem().string()) {
    const bool allowed =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (allowed) name += c;
  }
  return name.empty() ? "Font" : name;
}

int metric_or(hb_font_t* font, hb_ot_metrics_tag_t tag, int fallback) {
  hb_position_t value = 0;
  if (!hb_ot_metrics_get_position(font, tag, &value)) return fallback;
  return value;
}

void read_vertical_metrics(FontFace::Impl& impl) {
  impl.ascender = metric_or(impl.font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER,
                            static_cast<int>(impl.units_per_em * 0.8));
  impl.descender = metric_or(impl.font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER,
                             -static_cast<int>(impl.units_per_em * 0.2));
  // Fonts without an OS/2 version 2 table have no cap height; 70% of the ascender is close to
  // what Latin fonts measure.
  const int estimated_cap_height = static_cast<int>(std::lround(impl.ascender * 0.7));
  impl.cap_height = metric_or(impl.font, HB_OT_METRICS_TAG_CAP_HEIGHT, 0);
  if (impl.cap_height <= 0) impl.cap_height = estimated_cap_height;
}

void read_style(FontFace::Impl& impl) {
  // HarfBuzz reads the post table's italicAngle here (negative for a right-leaning face, as PDF
  // expects).
  impl.italic_angle =
      static_cast<int>(std::lround(hb_style_get_value(impl.font, HB_STYLE_TAG_SLANT_ANGLE)));
  SfntTable os2(impl.face, HB_TAG('O', 'S', '/', '2'));
  constexpr unsigned kFsSelectionOffset = 62;
  if (std::optional<uint16_t> fs_selection = os2.u16(kFsSelectionOffset)) {
    impl.is_italic = (*fs_selection & 0x0001) != 0;
    impl.is_bold = (*fs_selection & 0x0020) != 0;
    return;
  }
  impl.is_italic = hb_style_get_value(impl.font, HB_STYLE_TAG_ITALIC) != 0;
  impl.is_bold = hb_style_get_value(impl.font, HB_STYLE_TAG_WEIGHT) >= 600;
}

void read_bounding_box(FontFace::Impl& impl) {
  SfntTable head(impl.face, HB_TAG('h', 'e', 'a', 'd'));
  constexpr unsigned kXMinOffset = 36;  // then yMin, xMax, yMax, each an int16
  for (unsigned i = 0; i < 4; ++i) impl.bounding_box[i] = head.i16(kXMinOffset + 2 * i).value_or(0);
}

}  // namespace

std::string choose_postscript_name(hb_face_t* face, const std::string& path) {
  std::string name = name_table_postscript_name(face);
  return is_usable_postscript_name(name) ? name : postscript_name_from_file_stem(path);
}

void read_font_properties(FontFace::Impl& impl) {
  impl.postscript_name = choose_postscript_name(impl.face, impl.path);
  read_vertical_metrics(impl);
  read_style(impl);
  read_bounding_box(impl);
}

}  // namespace handout
