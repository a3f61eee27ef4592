#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_location.h"
#include "image/document_images.h"
#include "layout/hyphenation.h"
#include "layout/line_setting.h"
#include "layout/missing_glyph_report.h"
#include "model/doc_tree.h"
#include "model/inline_text.h"
#include "model/page_layout.h"

namespace handout {

// What setting text needs besides the text and its style.
struct TypesettingContext {
  std::string language;  // BCP 47, for shaping
  MissingGlyphReport& missing_glyphs;
  Diagnostics& diagnostics;
  HyphenationDictionaries& hyphenation;  // the app's, shared by the documents of a batch
  const DocumentImages& images;          // the document's, by the keys of its blocks
};

// Resources are loaded before layout, so a style without its face is a bug in handout, reported
// as an internal error at `where`; text in that style is left out.
bool face_is_loaded(const TextStyle& style, const SourceLocation& where, Diagnostics& diagnostics);

// Shapes, breaks and sets one paragraph in the column [left, left + width): one run per line,
// each with its baseline measured from the top of its own line box. The first line is indented
// by the style's first-line indent, kept within the column. Empty text gives no lines.
// Kept for callers with plain text: the style's own face only (no marks, no fallbacks), so
// every line is exactly one run. Breaks and hyphenates like the InlineText version.
std::vector<TextRun> set_paragraph(std::string_view text, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where);

// Shapes marked-up text (faces by marks, fallback faces for missing characters), finds its
// break points (UAX #14, and dictionary hyphenation when the style hyphenates), breaks it into
// lines by total fit and sets them in the column [left, left + width): one SetLine per line, its
// runs' baselines and links' tops measured from the top of its own line box. The first line is
// indented by the style's first-line indent, kept within the column. Empty text gives no lines.
std::vector<SetLine> set_paragraph(const InlineText& content, const TextStyle& style, double left,
                                   double width, TypesettingContext& context,
                                   const SourceLocation& where);

}  // namespace handout
