#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "image/raster_image.h"
#include "model/inline_text.h"
#include "model/template_model.h"
#include "text/font_face.h"

namespace handout {

// A font file and, once resources are loaded, its face.
struct FontChoice {
  std::string file;
  std::shared_ptr<const FontFace> face;  // filled when resources are loaded
};

// Every face a style's text may need: its family's four faces for inline **strong** and
// *emphasis*, the code face for `code`, and the fallback chain for characters those lack.
// A face the family does not have is the family's regular one.
struct StyleFaces {
  FontChoice regular;
  FontChoice bold;
  FontChoice italic;
  FontChoice bold_italic;
  FontChoice code;
  FontChoice code_bold;
  std::vector<FontChoice> fallbacks;  // in order of preference
};

// A style ready for layout: the template's style with its faces chosen.
struct TextStyle {
  std::string name;
  std::string font_file;               // resolved path of the style's own face
  std::shared_ptr<const FontFace> face;  // filled when resources are loaded
  bool bold = false;                   // the style's own weight and slant, which inline
  bool italic = false;                 // marks start from
  StyleFaces faces;
  bool hyphenate = true;               // break words at dictionary hyphenation points
  double size = 10;
  double leading = 12;
  double space_before = 0;
  double space_after = 0;
  double first_line_indent = 0;
  TextAlign align = TextAlign::left;
  RgbColor color;
  SourceLocation where;  // the style's definition in the template
};

// A heading keeps with the lines that follow it and gets an outline (bookmark) entry.
struct HeadingBlock {
  std::string text;     // plain text, for the outline
  InlineText content;   // what is set
  TextStyle style;
  int outline_level = 1;  // 1 = top level
  SourceLocation where;
};

struct ParagraphBlock {
  std::string text;     // plain text
  InlineText content;   // what is set
  TextStyle style;
  SourceLocation where;
};

// A figure and its caption, which layout never separates.
struct FigureBlock {
  std::string image_path;
  std::shared_ptr<const RasterImage> image;  // filled when resources are loaded
  double width_fraction = 1.0;       // of the text width
  double max_height_fraction = 0.5;  // of the text height
  std::string caption;               // plain text; may be empty
  InlineText caption_content;        // what is set
  TextStyle caption_style;
  FigurePlacement placement = FigurePlacement::float_;
  std::string alt;
  SourceLocation where;
};

// Blocks of unmarked text (the plain text is also the content).
inline HeadingBlock plain_heading(std::string text, TextStyle style, int outline_level,
                                  SourceLocation where) {
  InlineText content = plain_inline_text(text);
  return {std::move(text), std::move(content), std::move(style), outline_level, std::move(where)};
}
inline ParagraphBlock plain_paragraph(std::string text, TextStyle style, SourceLocation where) {
  InlineText content = plain_inline_text(text);
  return {std::move(text), std::move(content), std::move(style), std::move(where)};
}

using Block = std::variant<HeadingBlock, ParagraphBlock, FigureBlock>;

// A running header or footer with {{page}} and {{pages}} still to be filled in by layout;
// the other placeholders are already replaced.
struct RunningText {
  std::string left;
  std::string center;
  std::string right;
  TextStyle style;
  bool on_first_page = true;
};

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;
  std::string language;  // BCP 47
  std::string date;      // as given in the data (ISO 8601 when it is a date)
};

// The bound document: the template applied to the data, before any measuring.
struct DocTree {
  DocumentInfo info;
  PageDef page;
  PaginationRules pagination;
  std::vector<Block> blocks;
  std::optional<RunningText> header;
  std::optional<RunningText> footer;
};

}  // namespace handout
