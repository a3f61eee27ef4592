#include "layout/paragraph_shaping.h"

#include "core/whitespace.h"

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

void find_spaces_and_pen(ShapedParagraph& paragraph) {
  const size_t count = paragraph.glyphs.size();
  paragraph.pen.reserve(count + 1);
  paragraph.pen.push_back(0);
  for (size_t i = 0; i < count; ++i) {
    paragraph.pen.push_back(paragraph.pen.back() + paragraph.glyphs[i].x_advance);
    if (is_word_space(paragraph, i)) paragraph.spaces.push_back(i);
  }
}

}  // namespace

ShapedParagraph shape_paragraph(std::string_view text, const TextStyle& style,
                                std::string_view language, MissingGlyphReport& missing_glyphs,
                                const SourceLocation& where) {
  ShapedParagraph paragraph;
  paragraph.text = fold_whitespace(text);
  if (!paragraph.text.empty()) {
    paragraph.glyphs = shape_text(*style.face, style.size, paragraph.text, language).glyphs;
    missing_glyphs.check(*style.face, paragraph.text, paragraph.glyphs, where);
  }
  find_spaces_and_pen(paragraph);
  return paragraph;
}

}  // namespace handout
