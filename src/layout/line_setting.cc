#include "layout/line_setting.h"

#include <algorithm>

namespace handout {
namespace {

// The bytes of `text` that glyphs [begin, end) stand for. Clusters rise along the glyphs in
// left-to-right text and fall in right-to-left text, so the neighbours on either side bound it.
std::pair<size_t, size_t> byte_range(const ShapedParagraph& paragraph, size_t begin, size_t end) {
  const std::vector<ShapedGlyph>& glyphs = paragraph.glyphs;
  uint32_t low = glyphs[begin].cluster;
  uint32_t high = low;
  for (size_t i = begin; i < end; ++i) {
    low = std::min(low, glyphs[i].cluster);
    high = std::max(high, glyphs[i].cluster);
  }
  size_t stop = paragraph.text.size();
  if (end < glyphs.size() && glyphs[end].cluster > high) {
    stop = std::min<size_t>(stop, glyphs[end].cluster);
  }
  if (begin > 0 && glyphs[begin - 1].cluster > high) {
    stop = std::min<size_t>(stop, glyphs[begin - 1].cluster);
  }
  return {low, std::max<size_t>(low, stop)};
}

// Copies the line's glyphs with clusters counted from the start of the run's own text.
void copy_glyphs(const ShapedParagraph& paragraph, const LineSpan& line, TextRun& run) {
  const auto [first_byte, end_byte] = byte_range(paragraph, line.begin, line.end);
  run.text = paragraph.text.substr(first_byte, end_byte - first_byte);
  run.glyphs.assign(paragraph.glyphs.begin() + line.begin, paragraph.glyphs.begin() + line.end);
  for (ShapedGlyph& glyph : run.glyphs) glyph.cluster -= first_byte;
}

// Widens the line's word spaces to fill `slack`, within kMaxSpaceStretch; returns the width added.
double justify(const ShapedParagraph& paragraph, const LineSpan& line, double slack, TextRun& run) {
  const auto first = std::upper_bound(paragraph.spaces.begin(), paragraph.spaces.end(), line.begin);
  const auto last = std::lower_bound(first, paragraph.spaces.end(), line.end);
  const auto space_count = last - first;
  if (space_count == 0 || slack <= 0) return 0;
  double natural = 0;
  for (auto space = first; space != last; ++space) natural += paragraph.glyphs[*space].x_advance;
  const double per_space = std::min(slack, natural * kMaxSpaceStretch) / space_count;
  for (auto space = first; space != last; ++space) {
    run.glyphs[*space - line.begin].x_advance += per_space;
  }
  return per_space * space_count;
}

double offset_in_slot(TextAlign align, double slack) {
  switch (align) {
    case TextAlign::center:
      return slack / 2;
    case TextAlign::right:
      return slack;
    case TextAlign::left:
    case TextAlign::justify:
      break;
  }
  return 0;
}

}  // namespace

TextRun set_line(const ShapedParagraph& paragraph, const LineSpan& line, const LineSlot& slot,
                 const TextStyle& style) {
  TextRun run;
  run.face = style.face;
  run.size = style.size;
  run.color = style.color;
  if (line.begin >= line.end) {
    run.x = slot.left;
    return run;
  }
  copy_glyphs(paragraph, line, run);
  double slack = slot.width - paragraph.width_of(line.begin, line.end);
  if (slot.align == TextAlign::justify && !line.last) slack -= justify(paragraph, line, slack, run);
  run.x = slot.left + offset_in_slot(slot.align, std::max(0.0, slack));
  return run;
}

double baseline_below_line_top(const TextStyle& style) {
  const FontFace& face = *style.face;
  const double scale = style.size / (face.units_per_em() > 0 ? face.units_per_em() : 1000);
  const double glyph_box = (face.ascender() - face.descender()) * scale;
  return (style.leading - glyph_box) / 2 + face.ascender() * scale;
}

}  // namespace handout
