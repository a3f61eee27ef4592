#include "text/shaper.h"

#include "text/font_face_impl.h"

namespace handout {
namespace {

// Layout shapes every paragraph, so each thread keeps one buffer instead of allocating one per
// call; the buffer is the only mutable HarfBuzz state shaping needs.
class ThreadShapingBuffer {
 public:
  ThreadShapingBuffer() : buffer_(hb_buffer_create()) {}
  ~ThreadShapingBuffer() { hb_buffer_destroy(buffer_); }
  ThreadShapingBuffer(const ThreadShapingBuffer&) = delete;
  ThreadShapingBuffer& operator=(const ThreadShapingBuffer&) = delete;

  hb_buffer_t* fresh() {
    hb_buffer_clear_contents(buffer_);
    return buffer_;
  }

 private:
  hb_buffer_t* buffer_;
};

void fill_buffer(hb_buffer_t* buffer, std::string_view utf8, std::string_view language) {
  const int length = static_cast<int>(utf8.size());
  hb_buffer_add_utf8(buffer, utf8.data(), length, 0, length);
  if (!language.empty()) {
    hb_buffer_set_language(
        buffer, hb_language_from_string(language.data(), static_cast<int>(language.size())));
  }
  // Fills in only what is still unset, so an explicit language above wins over the guess.
  hb_buffer_guess_segment_properties(buffer);
}

ShapedText read_glyphs(hb_buffer_t* buffer, double points_per_unit) {
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  ShapedText shaped;
  shaped.glyphs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    ShapedGlyph glyph;
    glyph.glyph_id = infos[i].codepoint;  // after shaping, HarfBuzz stores the glyph id here
    glyph.cluster = infos[i].cluster;
    glyph.x_advance = positions[i].x_advance * points_per_unit;
    glyph.x_offset = positions[i].x_offset * points_per_unit;
    glyph.y_offset = positions[i].y_offset * points_per_unit;
    shaped.width += glyph.x_advance;
    shaped.glyphs.push_back(glyph);
  }
  return shaped;
}

}  // namespace

ShapedText shape_text(const FontFace& face, double size, std::string_view utf8,
                      std::string_view language) {
  thread_local ThreadShapingBuffer thread_buffer;
  hb_buffer_t* buffer = thread_buffer.fresh();
  fill_buffer(buffer, utf8, language);
  // Default features: kerning, standard ligatures, marks, contextual alternates.
  hb_shape(face.impl().font, buffer, nullptr, 0);
  return read_glyphs(buffer, size / face.units_per_em());
}

}  // namespace handout
