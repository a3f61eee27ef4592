#include "layout/paragraph_setting.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/utf8.h"
#include "core/whitespace.h"
#include "layout/hyphenation.h"
#include "layout/knuth_plass.h"
#include "layout/line_breaking.h"
#include "layout/line_setting.h"
#include "layout/paragraph_shaping.h"

namespace handout {
namespace {

// A document in a language without a hyphenation dictionary is set without hyphens; say so once.
// A document without a language (only hand-made trees: binding always sets one) is not
// hyphenated either, silently.
bool can_hyphenate(const TextStyle& style, TypesettingContext& context,
                   const SourceLocation& where) {
  if (!style.hyphenate || context.language.empty()) return false;
  if (context.hyphenation.for_language(context.language)) return true;
  context.missing_glyphs.warn_once("hyphenation:" + context.language, where,
                                   "there is no hyphenation dictionary for the language '" +
                                       context.language +
                                       "' in /usr/share/hyphen, so its text is not hyphenated");
  return false;
}

// The word a line broke inside, from the space before it to the space after it (the whole
// URL, not the piece after its last slash), cut to a readable length for a message.
std::string broken_word_text(const ShapedParagraph& paragraph, const LineSpan& line) {
  constexpr size_t kShownCharacters = 40;
  constexpr const char* kSpaces = " \t\n";
  uint32_t inside = paragraph.glyphs[line.begin].cluster;
  for (size_t glyph = line.begin; glyph < line.end; ++glyph) {
    inside = std::min(inside, paragraph.glyphs[glyph].cluster);
  }
  const std::string_view text = paragraph.text;
  const size_t space_before =
      inside == 0 ? std::string_view::npos : text.find_last_of(kSpaces, inside - 1);
  const size_t start = space_before == std::string_view::npos ? 0 : space_before + 1;
  const size_t end = std::min(text.find_first_of(kSpaces, inside), text.size());
  return shortened_text(text.substr(start, end - start), kShownCharacters);
}

// Whether line `index` is the first of a word broken inside because it is wider than the line.
bool starts_broken_word(const std::vector<LineSpan>& lines, size_t index) {
  return lines[index].broken_word && (index == 0 || !lines[index - 1].broken_word);
}

// A word wider than the line (a long URL, a name in a narrow column) is broken between two
// characters with no hyphen: a reader may take the piece for a word. Said once per word.
void warn_about_broken_word(const std::string& word, double width, TypesettingContext& context,
                            const SourceLocation& where) {
  std::vector<std::string> hints = {
      "give it a place to break (a space, a hyphen or a slash), or a wider column or a smaller "
      "size"};
  if (word.find("://") != std::string::npos) {
    hints.push_back("a long link reads better as a short text: [the text](https://...)");
  }
  context.missing_glyphs.warn_once("broken-word:" + where.file + ":" + std::to_string(where.line) +
                                       ":" + std::to_string(where.column) + ":" + word,
                                   where,
                                   "the word '" + word + "' is wider than the line (" +
                                       std::to_string(std::lround(width)) +
                                       "pt), so it is broken inside, without a hyphen",
                                   std::move(hints));
}

// A style whose every face is its own face and that has no fallbacks.
TextStyle with_own_face_only(const TextStyle& style) {
  TextStyle plain = style;
  plain.bold = false;
  plain.italic = false;
  plain.faces = StyleFaces{};
  return plain;
}

}  // namespace

bool face_is_loaded(const TextStyle& style, const SourceLocation& where, Diagnostics& diagnostics) {
  if (style.face) return true;
  diagnostics.error(where, "layout got the style '" + style.name + "' without its font loaded", {},
                    FailureKind::internal);
  return false;
}

std::vector<SetLine> set_paragraph(const InlineText& content, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where) {
  if (content.empty()) return {};
  const bool hyphenate = can_hyphenate(style, context, where);
  const ShapedParagraph paragraph = shape_inline_paragraph(
      content, style, context.language, hyphenate ? &context.hyphenation : nullptr,
      context.missing_glyphs, where);
  // A negative (hanging) indent would put the first line into the margin.
  const double indent = std::clamp(style.first_line_indent, 0.0, std::max(width, 0.0));
  const std::vector<LineSpan> lines =
      break_paragraph(paragraph, {{width - indent, width}, style.align, style.size});
  std::vector<SetLine> set;
  set.reserve(lines.size());
  for (size_t index = 0; index < lines.size(); ++index) {
    const double line_indent = set.empty() ? indent : 0;
    set.push_back(set_typeset_line(paragraph, lines[index],
                                   {left + line_indent, width - line_indent, style.align}, style));
    set.back().in_broken_word =
        lines[index].broken_word || (index > 0 && lines[index - 1].broken_word);
    if (starts_broken_word(lines, index)) {
      set.back().broken_word = broken_word_text(paragraph, lines[index]);
      warn_about_broken_word(set.back().broken_word, width, context, where);
    }
  }
  return set;
}

std::vector<TextRun> set_paragraph(std::string_view text, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where) {
  const std::vector<SetLine> lines =
      set_paragraph(plain_inline_text(fold_whitespace(text)), with_own_face_only(style), left,
                    width, context, where);
  std::vector<TextRun> runs;
  runs.reserve(lines.size());
  for (const SetLine& line : lines) {
    if (line.runs.empty()) continue;
    runs.push_back(line.runs.front());
  }
  return runs;
}

}  // namespace handout
