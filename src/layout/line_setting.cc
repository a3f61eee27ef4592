#include "layout/line_setting.h"

#include <algorithm>

#include "layout/knuth_plass.h"

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

namespace handout {
namespace {

// The line's glyphs (and its hyphen) with each one's face index and link.
struct LineGlyphs {
  std::vector<ShapedGlyph> glyphs;
  std::vector<uint8_t> faces;
  std::vector<int> links;
  bool ends_in_added_hyphen = false;
};

LineGlyphs line_glyphs(const ShapedParagraph& paragraph, const LineSpan& line) {
  LineGlyphs out;
  for (size_t i = line.begin; i < line.end; ++i) {
    out.glyphs.push_back(paragraph.glyphs[i]);
    out.faces.push_back(paragraph.glyph_face.empty() ? 0 : paragraph.glyph_face[i]);
    out.links.push_back(paragraph.glyph_link.empty() ? -1 : paragraph.glyph_link[i]);
  }
  if (!line.hyphenated || out.glyphs.empty()) return out;
  const auto point =
      std::lower_bound(paragraph.breaks.begin(), paragraph.breaks.end(), line.end,
                       [](const BreakPoint& candidate, size_t end) { return candidate.end < end; });
  if (point == paragraph.breaks.end() || point->kind != BreakKind::hyphen) return out;
  out.glyphs.push_back({point->hyphen_glyph, 0, point->hyphen_width, 0, 0});
  out.faces.push_back(out.faces.back());
  out.links.push_back(out.links.back());
  out.ends_in_added_hyphen = true;
  return out;
}

// Spreads `slack` (negative: shrinks) over the line's stretchable glyphs by their widths.
double spread_over_spaces(const ShapedParagraph& paragraph, const LineSpan& line, double slack,
                          LineGlyphs& glyphs) {
  const double spaces = paragraph.stretchable_width_of(line.begin, line.end);
  if (spaces <= 0) return 0;
  const auto first =
      std::lower_bound(paragraph.stretchable.begin(), paragraph.stretchable.end(), line.begin);
  for (auto at = first; at != paragraph.stretchable.end() && *at < line.end; ++at) {
    ShapedGlyph& glyph = glyphs.glyphs[*at - line.begin];
    glyph.x_advance += slack * (glyph.x_advance / spaces);
  }
  return slack;
}

TextRun run_in_face(const ShapedParagraph& paragraph, uint8_t face, const TextStyle& style) {
  TextRun run;
  run.face = paragraph.faces[face];
  run.size = style.size;
  run.color = style.color;
  run.baseline = baseline_below_line_top(style);
  return run;
}

// Splits the glyphs into runs by face; each run's text is the bytes its glyphs stand for.
std::vector<TextRun> runs_of(const ShapedParagraph& paragraph, const LineSpan& line,
                             const LineGlyphs& glyphs, double x, const TextStyle& style) {
  std::vector<TextRun> runs;
  const size_t count = line.end - line.begin;
  for (size_t begin = 0; begin < count;) {
    size_t end = begin + 1;
    while (end < count && glyphs.faces[end] == glyphs.faces[begin]) ++end;
    TextRun run = run_in_face(paragraph, glyphs.faces[begin], style);
    run.x = x;
    const auto [first_byte, end_byte] = byte_range(paragraph, line.begin + begin, line.begin + end);
    run.text = paragraph.text.substr(first_byte, end_byte - first_byte);
    std::replace(run.text.begin(), run.text.end(), '\n', ' ');
    // Exactly the glyphs (and the hyphen): the laid-out document keeps every line's glyphs until
    // it is written, and growing one at a time would leave up to twice the room they need.
    run.glyphs.reserve(end - begin + (glyphs.ends_in_added_hyphen && end == count ? 1 : 0));
    for (size_t i = begin; i < end; ++i) {
      ShapedGlyph glyph = glyphs.glyphs[i];
      glyph.cluster -= static_cast<uint32_t>(first_byte);
      x += glyph.x_advance;
      run.glyphs.push_back(glyph);
    }
    runs.push_back(std::move(run));
    begin = end;
  }
  if (glyphs.ends_in_added_hyphen && !runs.empty()) {
    ShapedGlyph hyphen = glyphs.glyphs.back();
    hyphen.cluster = static_cast<uint32_t>(runs.back().text.size());
    runs.back().text += "-";
    runs.back().glyphs.push_back(hyphen);
  }
  return runs;
}

// One area per stretch of glyphs with the same link, a leading tall from the line's top.
std::vector<LinkArea> links_of(const ShapedParagraph& paragraph, const LineGlyphs& glyphs, double x,
                               double leading) {
  std::vector<LinkArea> areas;
  for (size_t i = 0; i < glyphs.glyphs.size(); ++i) {
    const int link = glyphs.links[i];
    const double advance = glyphs.glyphs[i].x_advance;
    if (link >= 0) {
      if (i > 0 && glyphs.links[i - 1] == link) {
        areas.back().width += advance;
      } else {
        areas.push_back({x, 0, advance, leading, paragraph.links[static_cast<size_t>(link)]});
      }
    }
    x += advance;
  }
  return areas;
}

}  // namespace

SetLine set_typeset_line(const ShapedParagraph& paragraph, const LineSpan& line,
                         const LineSlot& slot, const TextStyle& style) {
  SetLine set;
  if (line.begin >= line.end) return set;
  LineGlyphs glyphs = line_glyphs(paragraph, line);
  double natural = 0;
  for (const ShapedGlyph& glyph : glyphs.glyphs) natural += glyph.x_advance;
  double slack = slot.width - natural;
  // A paragraph's last line keeps its natural width, unless line breaking chose it with its word
  // spaces shrunk, as any line may be: left at its natural width, it would run into the margin.
  if (slot.align == TextAlign::justify && (!line.last || slack < 0)) {
    set.adjustment_ratio = adjustment_ratio(paragraph, line, natural, slot.width);
    slack -= spread_over_spaces(paragraph, line, slack, glyphs);
  }
  set.overflow = std::max(0.0, -slack);
  const double x = slot.left + offset_in_slot(slot.align, std::max(0.0, slack));
  set.runs = runs_of(paragraph, line, glyphs, x, style);
  set.links = links_of(paragraph, glyphs, x, style.leading);
  return set;
}

}  // namespace handout
