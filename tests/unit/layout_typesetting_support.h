#pragma once

// Shared by the paragraph typesetting tests: a style with every face, shaping and setting helpers.

#include <string>
#include <vector>

#include "layout/inline_segments.h"
#include "layout/knuth_plass.h"
#include "layout/paragraph_setting.h"
#include "layout/paragraph_shaping.h"
#include "layout_test_support.h"

namespace handout::typesetting_test {

inline FontChoice choice(const std::string& file) {
  const auto face = layout_test::noto(file);
  return {face->path(), face};
}

// Noto Sans with its bold, italic and mono faces, and DejaVu Sans as the fallback.
inline TextStyle full_style(TextAlign align = TextAlign::left, double size = 10) {
  TextStyle text_style = layout_test::style(size, size * 1.2, align);
  text_style.faces.regular = choice("NotoSans-Regular.ttf");
  text_style.faces.bold = choice("NotoSans-Bold.ttf");
  text_style.faces.italic = choice("NotoSans-Italic.ttf");
  text_style.faces.bold_italic = choice("NotoSans-BoldItalic.ttf");
  text_style.faces.code = choice("NotoSansMono-Regular.ttf");
  text_style.faces.code_bold = choice("NotoSansMono-Bold.ttf");
  text_style.faces.fallbacks = {choice("DejaVuSans.ttf")};
  return text_style;
}

inline InlineSpan span(std::string text) { return {std::move(text)}; }
inline InlineSpan strong(std::string text) { return {std::move(text), true}; }
inline InlineSpan emphasis(std::string text) { return {std::move(text), false, true}; }
inline InlineSpan code(std::string text) { return {std::move(text), false, false, true}; }
inline InlineSpan link(std::string text, std::string url) {
  return {std::move(text), false, false, false, std::move(url)};
}

inline InlineText inline_text(std::vector<InlineSpan> spans) {
  return InlineText{std::move(spans)};
}

// The dictionaries of the tests that set text, loaded once for all of them.
inline HyphenationDictionaries& test_dictionaries() {
  static HyphenationDictionaries dictionaries;
  return dictionaries;
}

inline ShapedParagraph shape(const InlineText& content, const TextStyle& text_style,
                             bool hyphenate = true, std::string language = "en-US") {
  Diagnostics diagnostics;
  MissingGlyphReport report(diagnostics);
  return shape_inline_paragraph(content, text_style, language,
                                hyphenate ? &test_dictionaries() : nullptr, report, {});
}

// Sets `content` in a column `width` wide starting at x = 0.
struct SetParagraph {
  std::vector<SetLine> lines;
  Diagnostics diagnostics;
};

inline void set_into(SetParagraph& result, const InlineText& content, const TextStyle& text_style,
                     double width, std::string language = "en-US") {
  MissingGlyphReport report(result.diagnostics);
  TypesettingContext context{language, report, result.diagnostics, test_dictionaries(),
                             layout_test::test_images()};
  result.lines = set_paragraph(content, text_style, 0, width, context, {"data.yaml", 4, 3});
}

inline double right_end(const TextRun& run) {
  double x = run.x;
  for (const ShapedGlyph& glyph : run.glyphs) x += glyph.x_advance;
  return x;
}

inline std::string line_text(const SetLine& line) {
  std::string text;
  for (const TextRun& run : line.runs) text += run.text;
  return text;
}

// The words of an English text long enough to fill many lines.
inline std::string sample_text() {
  return "Typesetting has always been a matter of compromise between the even colour of the page "
         "and the integrity of the words. A compositor working by hand would rather respace three "
         "lines than leave one line loose, and would rather break a long word than leave a gap. "
         "The rules that follow in this specimen are the ones that a careful compositor applies "
         "without thinking about them, written down so that a program can apply them too. "
         "Justified text spreads the space that a line leaves over its word spaces; when a line "
         "holds few words, that space grows, and a reader sees rivers of white running down the "
         "page. Hyphenation gives the breaker more places to choose from, so that words such as "
         "incomprehensibilities and internationalization can be divided where a dictionary "
         "allows it.";
}

}  // namespace handout::typesetting_test
