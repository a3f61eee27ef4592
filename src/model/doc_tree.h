#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "model/inline_text.h"
#include "model/measure.h"
#include "model/style_ref.h"
#include "model/template_model.h"
#include "text/font_face.h"

namespace handout {

// A font file and, once resources are loaded, its face.
struct FontChoice {
  std::string file;
  std::shared_ptr<const FontFace> face;  // filled when resources are loaded
  SourceLocation named_at;               // where the template names the file
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
  std::string font_file;                 // resolved path of the style's own face
  SourceLocation font_named_at;          // where the template names that file
  std::shared_ptr<const FontFace> face;  // filled when resources are loaded
  bool bold = false;                     // the style's own weight and slant, which inline
  bool italic = false;                   // marks start from
  StyleFaces faces;
  bool hyphenate = true;  // break words at dictionary hyphenation points
  double size = 10;
  double leading = 12;
  double space_before = 0;
  double space_after = 0;
  double first_line_indent = 0;
  TextAlign align = TextAlign::left;
  Color color;
  SourceLocation where;  // the style's definition in the template
};

// What a block holds of its style: the one resolved value every block of that style shares.
using StyleRef = SharedStyle<TextStyle>;
using StyleChange = SharedStyleChange<TextStyle>;

// A heading keeps with the lines that follow it and gets an outline (bookmark) entry.
struct HeadingBlock {
  std::string text;    // plain text, for the outline
  InlineText content;  // what is set
  StyleRef style;
  int outline_level = 1;  // 1 = top level
  SourceLocation where;
};

struct ParagraphBlock {
  std::string text;    // plain text
  InlineText content;  // what is set
  StyleRef style;
  SourceLocation where;
};

// A figure and its caption, which layout never separates. Its image is the document's
// (DocumentImages, made by resource loading) under the key image_path.
struct FigureBlock {
  std::string image_path;                    // resolved against the data's or the template's folder
  std::string written_path;                  // as the data or the template gives it, for messages
  Measure width = Measure::share(1.0);       // of the frame's width, or a length
  Measure max_height = Measure::share(0.5);  // of the frame's height, or a length
  double fixed_height = 0;                   // points; 0: none (the box is max_height high)
  FigureFit fit = FigureFit::contain;
  std::string caption;         // plain text; may be empty
  InlineText caption_content;  // what is set
  StyleRef caption_style;
  FigurePlacement placement = FigurePlacement::float_;
  bool bleed = false;  // out to the trim edges it is next to, and past them by the page's bleed
  std::string alt;
  SourceLocation where;
};

// Blocks of unmarked text (the plain text is also the content).
inline HeadingBlock plain_heading(std::string text, StyleRef style, int outline_level,
                                  SourceLocation where) {
  InlineText content = plain_inline_text(text);
  return {std::move(text), std::move(content), std::move(style), outline_level, std::move(where)};
}
inline ParagraphBlock plain_paragraph(std::string text, StyleRef style, SourceLocation where) {
  InlineText content = plain_inline_text(text);
  return {std::move(text), std::move(content), std::move(style), std::move(where)};
}

// A bulleted or numbered list: each entry set as a paragraph with a hanging indent, its marker
// ("•", "1.") in the indent.
struct ListEntry {
  std::string marker;
  InlineText content;
  SourceLocation where;  // the element the entry was bound from
};

struct ListBlock {
  std::vector<ListEntry> entries;
  StyleRef style;
  double indent = 14;  // from the frame's left edge to the entries' text
  SourceLocation where;
};

struct TableColumn {
  // Of the frame's width, or a length; unset: a share of what the others leave. Layout resolves
  // them against the frame and scales the shares to fill it.
  Measure width;
  TextAlign align = TextAlign::left;
};

// A table: a header row repeated at the top of every page or column the table continues on,
// and rows that never split.
struct TableBlock {
  std::vector<TableColumn> columns;
  std::vector<InlineText> header;             // one per column; empty: no header row
  std::vector<std::vector<InlineText>> rows;  // one cell per column
  StyleRef header_style;
  StyleRef cell_style;
  bool repeat_header = true;
  double cell_padding = 3;
  Color rule_color{0.6, 0.6, 0.6};  // lines under the header and between rows
  double rule_width = 0.4;
  SourceLocation where;
  SourceLocation columns_where;  // the template's `columns`, where their widths are checked
};

// A table of contents: one entry per heading of the document (before or after it) up to
// `depth`, with the page the heading lands on and a link to it.
struct TocBlock {
  StyleRef entry_style;
  int depth = 2;
  double indent_per_level = 12;
  SourceLocation where;
};

struct BreakBlock {
  // column: the next column or card; right_page: the next right-hand (odd) page when two-sided,
  // leaving an even page blank if need be (else the next page).
  enum class Kind { page, column, right_page } kind = Kind::page;
  SourceLocation where;
};

struct SpacerBlock {
  double height = 0;
  SourceLocation where;
};

struct RuleBlock {
  RuleDef rule;
  double space_before = 4;
  double space_after = 4;
  SourceLocation where;
};

// A QR code for a URL or other text, drawn as a square of `size` points. Its modules are the
// document's image (DocumentImages, made by resource loading) under the key `text`.
struct QrCodeBlock {
  std::string text;
  double size = 72;
  SourceLocation where;
};

struct GroupBlock;
struct CalloutBlock;

using Block =
    std::variant<HeadingBlock, ParagraphBlock, FigureBlock, ListBlock, TableBlock, TocBlock,
                 BreakBlock, SpacerBlock, RuleBlock, QrCodeBlock, GroupBlock, CalloutBlock>;

// Blocks kept together on one page (or column, or card) when they fit.
struct GroupBlock {
  std::vector<Block> blocks;
  SourceLocation where;
};

// Blocks in a box: a background and/or border around them, padded; kept together when it fits.
struct CalloutBlock {
  std::vector<Block> blocks;
  std::optional<Color> background;
  std::optional<Color> border;
  double border_width = 0.8;
  double padding = 6;
  double space_before = 6;
  double space_after = 6;
  SourceLocation where;
};

// A running header or footer with {{page}} and {{pages}} still to be filled in by layout;
// the other placeholders are already replaced.
// {{page}}, {{pages}} and {{section}} are left for layout.
struct RunningSlots {
  std::string left;
  std::string center;
  std::string right;
};

struct RunningText {
  std::string left;
  std::string center;
  std::string right;
  StyleRef style;
  bool on_first_page = true;
  std::optional<RunningSlots> first_page;  // different slots on the first page
  bool inner_outer = false;  // left and right are the inner and outer slots (see RegionDef)
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
  std::vector<Block> back_blocks;  // the cards' backs (TemplateDef::back_blocks), bound alike
  std::optional<RunningText> header;
  std::optional<RunningText> footer;
  std::optional<FitDef> fit;  // the page budget, as the template (or --fit-pages) set it
};

}  // namespace handout
