#include "layout/paragraph_shaping.h"

#include <algorithm>

#include "core/whitespace.h"
#include "layout/break_opportunities.h"
#include "layout/hyphenation.h"
#include "layout/inline_segments.h"

namespace handout {
namespace {

// A glyph is a word space when it stands for exactly the one space character of its cluster; a
// space that a combining mark sits on is a letter of sorts and no place to break.
bool is_word_space(const ShapedParagraph& paragraph, size_t index) {
  const std::vector<ShapedGlyph>& glyphs = paragraph.glyphs;
  const uint32_t cluster = glyphs[index].cluster;
  if (cluster >= paragraph.text.size() || paragraph.text[cluster] != ' ') return false;
  const bool shares_before = index > 0 && glyphs[index - 1].cluster == cluster;
  const bool shares_after = index + 1 < glyphs.size() && glyphs[index + 1].cluster == cluster;
  return !shares_before && !shares_after;
}

void find_pen(ShapedParagraph& paragraph) {
  paragraph.pen.assign(1, 0);
  paragraph.pen.reserve(paragraph.glyphs.size() + 1);
  for (const ShapedGlyph& glyph : paragraph.glyphs) {
    paragraph.pen.push_back(paragraph.pen.back() + glyph.x_advance);
  }
}

void find_spaces(ShapedParagraph& paragraph) {
  for (size_t i = 0; i < paragraph.glyphs.size(); ++i) {
    if (is_word_space(paragraph, i)) paragraph.spaces.push_back(i);
  }
}

// Removes the last character of the last span that has any.
char pop_last(InlineText& text) {
  for (auto span = text.spans.rbegin(); span != text.spans.rend(); ++span) {
    if (span->text.empty()) continue;
    const char last = span->text.back();
    span->text.pop_back();
    return last;
  }
  return 0;
}

char last_of(const InlineText& text) {
  for (auto span = text.spans.rbegin(); span != text.spans.rend(); ++span) {
    if (!span->text.empty()) return span->text.back();
  }
  return 0;
}

// Other white space counts as a space; spaces at the start and end of the text and around hard
// breaks are never drawn; a space that ends one span and starts the next is one space; hard
// breaks at the very start or end break nothing.
InlineText without_stray_spaces(const InlineText& content) {
  InlineText out;
  for (const InlineSpan& span : content.spans) {
    out.spans.push_back(span);
    out.spans.back().text.clear();
    for (char c : span.text) {
      if (c == '\t' || c == '\r' || c == '\f' || c == '\v') c = ' ';
      const char previous = last_of(out);
      if (c == ' ' && (previous == ' ' || previous == '\n' || previous == 0)) continue;
      if (c == '\n' && previous == 0) continue;
      if (c == '\n' && previous == ' ') pop_last(out);
      out.spans.back().text += c;
    }
  }
  while (last_of(out) == ' ' || last_of(out) == '\n') pop_last(out);
  return out;
}

uint8_t face_index(std::vector<std::shared_ptr<const FontFace>>& faces,
                   const std::shared_ptr<const FontFace>& face) {
  auto found = std::find(faces.begin(), faces.end(), face);
  if (found != faces.end()) return static_cast<uint8_t>(found - faces.begin());
  faces.push_back(face);
  return static_cast<uint8_t>(faces.size() - 1);
}

// Shapes one segment (a hard break shaped as a space, which is never drawn) and appends its
// glyphs with clusters counted from the paragraph's start.
void shape_segment(const InlineSegment& segment, const TextStyle& style, std::string_view language,
                   ShapedParagraph& paragraph, MissingGlyphReport& missing_glyphs,
                   const SourceLocation& where) {
  std::string text = paragraph.text.substr(segment.begin, segment.end - segment.begin);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::vector<ShapedGlyph> glyphs = shape_text(*segment.face, style.size, text, language).glyphs;
  missing_glyphs.check(*segment.face, text, glyphs, where);
  const uint8_t face = face_index(paragraph.faces, segment.face);
  for (ShapedGlyph& glyph : glyphs) {
    glyph.cluster += static_cast<uint32_t>(segment.begin);
    paragraph.glyphs.push_back(glyph);
    paragraph.glyph_face.push_back(face);
    paragraph.glyph_link.push_back(segment.link);
  }
}

}  // namespace

ShapedParagraph shape_paragraph(std::string_view text, const TextStyle& style,
                                std::string_view language, MissingGlyphReport& missing_glyphs,
                                const SourceLocation& where) {
  ShapedParagraph paragraph;
  paragraph.text = fold_whitespace(text);
  paragraph.faces.push_back(style.face);
  if (!paragraph.text.empty()) {
    paragraph.glyphs = shape_text(*style.face, style.size, paragraph.text, language).glyphs;
    missing_glyphs.check(*style.face, paragraph.text, paragraph.glyphs, where);
  }
  find_pen(paragraph);
  find_spaces(paragraph);
  return paragraph;
}

ShapedParagraph shape_inline_paragraph(const InlineText& content, const TextStyle& style,
                                       std::string_view language,
                                       HyphenationDictionaries* hyphenation,
                                       MissingGlyphReport& missing_glyphs,
                                       const SourceLocation& where) {
  InlineSegments segments = segment_inline_text(without_stray_spaces(content), style);
  ShapedParagraph paragraph;
  paragraph.text = std::move(segments.text);
  paragraph.links = std::move(segments.links);
  paragraph.faces.push_back(style.face);
  for (const InlineSegment& segment : segments.segments) {
    shape_segment(segment, style, language, paragraph, missing_glyphs, where);
  }
  find_pen(paragraph);
  find_break_points(paragraph, segments.segments, language, hyphenation, style.size);
  return paragraph;
}

size_t end_of_clusters_that_fit(const ShapedParagraph& paragraph, size_t begin, size_t limit,
                                double room) {
  const std::vector<ShapedGlyph>& glyphs = paragraph.glyphs;
  const auto pen_begin = paragraph.pen.begin();
  const auto over =
      std::upper_bound(pen_begin + begin + 1, pen_begin + limit + 1, paragraph.pen[begin] + room);
  size_t end = static_cast<size_t>(over - pen_begin) - 1;
  while (end > begin && end < glyphs.size() && glyphs[end].cluster == glyphs[end - 1].cluster) {
    --end;
  }
  if (end > begin) return end;
  end = begin + 1;
  while (end < glyphs.size() && glyphs[end].cluster == glyphs[begin].cluster) ++end;
  return end;
}

}  // namespace handout
