#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "model/measure.h"
#include "model/text_value.h"

namespace handout {

// All lengths in this model are in PDF points (1/72 in); the loader converts mm, cm and in.

enum class TextAlign { left, center, right, justify };

// A family of up to four faces; every path is resolved to an existing file by the loader.
// A face that is not given falls back to `regular`.
struct FontFamilyDef {
  std::string name;
  std::string regular;
  std::string bold;
  std::string italic;
  std::string bold_italic;
  SourceLocation where;
  std::map<std::string, SourceLocation> file_named_at;  // each face's file -> where it is named

  // Where the template names `file`, so that a font file's problems point there; the family's
  // name when the file is not one of its faces.
  const SourceLocation& where_named(const std::string& file) const {
    auto found = file_named_at.find(file);
    return found == file_named_at.end() ? where : found->second;
  }
};

// A named text style with inheritance (`based-on`) already applied by the loader.
struct StyleDef {
  std::string name;
  std::string family;  // a key of TemplateDef::families
  bool bold = false;
  bool italic = false;
  double size = 10;
  double leading = 12;  // baseline-to-baseline distance
  double space_before = 0;
  double space_after = 0;
  double first_line_indent = 0;
  TextAlign align = TextAlign::left;
  Color color;
  bool hyphenate = true;  // break words at dictionary hyphenation points (justified or not)
  SourceLocation where;
  // Where `color` is written, in this style or the one it is based on; no position: the default.
  SourceLocation color_where;
};

// How paragraphs may split across pages.
struct PaginationRules {
  int orphans = 2;  // fewest lines of a paragraph left at the foot of a page
  int widows = 2;   // fewest lines of a paragraph carried to the head of the next page
  SourceLocation where;
};

// A line: a rule between blocks or between columns, a cut line around cards.
struct RuleDef {
  double width = 0.5;  // thickness
  Color color;
  bool dashed = false;
  SourceLocation where;
  SourceLocation color_where;  // no position: the default grey
};

// Cards: the text area divided into a grid of equal cells, each a frame of its own; text flows
// from card to card (left to right, then down), and a `column-break` block moves to the next.
struct CardGridDef {
  int columns = 2;
  int rows = 4;
  double gap = 0;                    // between cards, both ways
  double padding = 8.5039;           // 3mm inside each card's edges, so text never touches a cut
  std::optional<RuleDef> cut_lines;  // drawn along every card edge
  SourceLocation where;
};

// How pages are arranged on the printed sheets (docs/printing.md, "Imposition").
enum class Imposition {
  none,     // one page per sheet
  two_up,   // two pages on a sheet twice their size, in reading order
  booklet,  // saddle-stitch order, four pages to a folded sheet
  cards,    // a card grid's sheets with cut marks, each followed by its backs (mirrored)
};

struct PageDef {
  double width = 595.2756;  // A4: the trim size, the page as it is once cut
  double height = 841.8898;
  double margin_top = 56.6929;
  double margin_bottom = 56.6929;
  double margin_left = 56.6929;   // the inner margin when two_sided
  double margin_right = 56.6929;  // the outer margin when two_sided
  // Two-sided (duplex) printing: odd (right-hand) pages keep margin_left inside (on the left),
  // even (left-hand) pages mirror the margins, `page-break: right` may leave a blank page, and
  // the inner and outer slots of the header and footer swap on even pages.
  bool two_sided = false;
  int columns = 1;                     // text flows down each column, left to right
  double column_gap = 14.1732;         // 5mm between columns
  std::optional<RuleDef> column_rule;  // a vertical line centred in each gap
  std::optional<CardGridDef> cards;    // replaces columns when given
  // More than one column: the last page's columns end at about the same height (cards never do).
  bool balance_columns = true;
  bool grayscale = false;  // print in grey, as --grayscale does
  // Print production (docs/printing.md).
  double bleed = 0;                 // how far backgrounds and bleed figures reach past the trim
  std::optional<Color> background;  // a page colour, out to the bleed edge
  Imposition impose = Imposition::none;  // a booklet is printed two-sided (the app sees to it)
  bool crop_marks = false;  // marks outside the trim at each corner, on media grown to hold them
  SourceLocation where;
  SourceLocation size_where;  // the `size` value; `where` when the template gives none
};

// The three slots of a header or footer. Written as `inner` and `outer` instead of `left` and
// `right`, the left slot is the inner one and the right slot the outer one (see RegionDef).
struct RegionSlotsDef {
  std::string left;
  std::string center;
  std::string right;
  SourceLocation where;
  // Where each slot's text is written (only the positions of these TextValues are used; the
  // strings above are the text), so that a bad tag points at its column. See slot_text.
  TextValue left_at;
  TextValue center_at;
  TextValue right_at;
};

// A running header or footer: three slots whose text may hold the placeholders
// {{page}}, {{pages}}, {{section}} (the last level-1 heading at or before the page's top),
// {{title}}, {{subtitle}}, {{author}}, {{date}} and any other data path.
struct RegionDef {
  std::string left;
  std::string center;
  std::string right;
  std::string style;                         // a key of TemplateDef::styles
  bool on_first_page = true;                 // false: the first page has none
  std::optional<RegionSlotsDef> first_page;  // different slots on the first page
  // Written with `inner` and `outer`: `left` holds the inner slot and `right` the outer one, and
  // on the even pages of a two-sided document they swap, so the outer slot is at the outer edge.
  bool inner_outer = false;
  SourceLocation where;
  // Where each slot's text is written, as in RegionSlotsDef.
  TextValue left_at;
  TextValue center_at;
  TextValue right_at;
};

// A slot's text with the position it is written at (`at`), or at `fallback` (the region's key)
// when the loader recorded none.
inline TextValue slot_text(const std::string& text, const TextValue& at,
                           const SourceLocation& fallback) {
  if (!at.where.has_position()) return {text, fallback};
  return {text, at.where, at.text_line, at.text_column};
}

// A figure that does not fit in the space left on a page moves to the next one. A floating
// figure lets the text after it fill the space it left; a pinned one keeps its place in the
// reading order (the space stays empty).
enum class FigurePlacement { float_, pinned };

// How a figure fills its box (docs/templates.md, "figure"): `contain` scales it to fit inside
// width x height keeping its proportions; `width` fills the width and the height follows;
// `height` fills the given height and the width follows, at most the box's width.
enum class FigureFit { contain, width, height };

// The data contract: the fields a template reads, declared in its `data:` section. Data is
// checked against it before binding (see docs/templates.md, "Data contract").
enum class FieldType {
  text,     // a scalar (numbers and booleans are text too when written plainly)
  number,   // a plain scalar that reads as a number
  boolean,  // a plain true or false
  date,     // YYYY-MM-DD
  url,      // http://, https:// or mailto:
  list,     // a sequence; its elements are described by `element`
  record,   // a mapping; its fields are described by `fields`
  any,
};

struct FieldContract {
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::string description;            // shown by `handout templates --fields` and in messages
  std::vector<FieldContract> fields;  // record: its fields
  // list: what each element is (its `name` is empty; a list of records has type record and
  // `fields`); null for a list of anything.
  std::shared_ptr<const FieldContract> element;
  SourceLocation where;  // the declaration in the template
};

struct DataContract {
  bool declared = false;  // a template without a `data:` section accepts any data
  // Keys the contract does not declare are errors (with the closest declared name), except
  // handout's own document keys (title, subtitle, author, date, lang, subject, keywords,
  // template), which every data file may have.
  std::vector<FieldContract> fields;
  SourceLocation where;
};

struct TableColumnDef {
  TextValue header;  // the header cell's text; may hold {{tags}}
  TextValue cell;    // each row's cell, bound with the row's element as context
  Measure width;     // of the table's width; unset: shares what the others leave
  TextAlign align = TextAlign::left;
  SourceLocation where;
};

// The template's body blocks, one struct per kind (docs/templates.md gives each kind's keys and
// defaults; the defaults are the members' initial values). Text values are template text that
// may hold {{data.path}} tags, with the position of the text in the template (or partial) file.
// A `style` is a key of TemplateDef::styles; empty: the kind's default (model/style_defaults.h).
struct BodyBlockDef;

// title and paragraph: text set in paragraphs, one per blank-line-separated part.
struct TextDef {
  TextValue text;
  std::string style;
};
struct TitleDef : TextDef {};
struct ParagraphDef : TextDef {};

struct HeadingDef {
  TextValue text;
  std::string style;
  int level = 1;  // 1 to 3
};

struct FigureDef {
  TextValue image;  // the image file's path
  TextValue caption;
  TextValue alt;
  std::string caption_style;
  Measure width = Measure::share(1.0);  // of the frame's width, or a length
  double height = 0;                    // points; 0: from the width and the image's proportions
  Measure max_height = Measure::share(0.5);  // of the frame's height, or a length
  FigurePlacement placement = FigurePlacement::float_;
  FigureFit fit = FigureFit::contain;
  bool bleed = false;  // out to the trim edges it is next to, and past them by the bleed
};

// One entry per element of the list at `path`, or the fixed `entries` when there is no path.
struct ListDef {
  TextValue path;
  TextValue item;  // each element's text; empty: the element itself
  std::vector<TextValue> entries;
  bool numbered = false;
  std::string style;
};

// One row per element of the list at `path`.
struct TableDef {
  TextValue path;
  std::vector<TableColumnDef> columns;
  SourceLocation columns_where;  // its `columns`
  std::string style;
  std::string header_style;
  bool repeat_header = true;  // after a page or column break
};

struct TocDef {
  std::string style;
  int depth = 2;  // the deepest heading level listed
};

struct PageBreakDef {
  bool right_page = false;  // to the next right-hand page of a two-sided document
};

struct ColumnBreakDef {};

struct SpacerDef {
  double height = 0;
};

// A horizontal line between blocks (RuleDef is the one between columns and around cards).
struct RuleBlockDef {
  double thickness = 0.5;
  Color color{0.8, 0.8, 0.8};
  SourceLocation color_where;  // no position: the default
};

// Its text (paragraphs) and blocks in a box.
struct CalloutDef {
  TextValue text;
  std::string style;
  std::optional<Color> background;
  std::optional<Color> border;
  SourceLocation background_where;  // no position: not written
  SourceLocation border_where;
  std::vector<BodyBlockDef> blocks;
};

struct QrCodeDef {
  TextValue payload;  // what the code encodes
  double side = 72;
};

struct GroupDef {
  std::vector<BodyBlockDef> blocks;
};

// Its blocks once per element of the list at `path`.
struct EachDef {
  TextValue path;
  std::string alias;  // a name for the current element; its fields are visible anyway
  std::vector<BodyBlockDef> blocks;
};

// if and unless: `blocks` when the value at `path` is (if) or is not (unless) truthy, `else_blocks`
// otherwise.
struct ConditionDef {
  TextValue path;
  std::vector<BodyBlockDef> blocks;
  std::vector<BodyBlockDef> else_blocks;
};
struct IfDef : ConditionDef {};
struct UnlessDef : ConditionDef {};

using BlockBody = std::variant<TitleDef, HeadingDef, ParagraphDef, FigureDef, ListDef, TableDef,
                               TocDef, PageBreakDef, ColumnBreakDef, SpacerDef, RuleBlockDef,
                               CalloutDef, QrCodeDef, GroupDef, EachDef, IfDef, UnlessDef>;

// A block of the template's body. In YAML each block is a mapping whose kind is one of its keys
// (`- heading: "{{item.heading}}"`), or a bare name for the blocks without options
// (`- page-break`). Where it is written is every kind's, kept beside the kind's own fields:
// every walk over blocks needs it (messages, the expansion budget) without asking the kind.
struct BodyBlockDef {
  SourceLocation where;  // the block's mapping (in the partial's file for included blocks)
  BlockBody body;
};

// The lists of blocks a block holds, in reading order (`blocks`, then `else`); none for most.
inline std::vector<const std::vector<BodyBlockDef>*> nested_block_lists(const BlockBody& body) {
  if (const auto* group = std::get_if<GroupDef>(&body)) return {&group->blocks};
  if (const auto* each = std::get_if<EachDef>(&body)) return {&each->blocks};
  if (const auto* callout = std::get_if<CalloutDef>(&body)) return {&callout->blocks};
  if (const auto* choice = std::get_if<IfDef>(&body))
    return {&choice->blocks, &choice->else_blocks};
  if (const auto* choice = std::get_if<UnlessDef>(&body))
    return {&choice->blocks, &choice->else_blocks};
  return {};
}

// Copyfitting (docs/templates.md, "fit"): the number of pages a document must fit in, and the
// steps the renderer may take, in order, to get there. Each step goes only as far as needed.
enum class FitStepKind {
  text_size,     // every text style's size, leading and spacing, down to `limit` (0.85 = 85%)
  leading,       // line spacing alone, down to `limit` of the style's (never below the size)
  figure_scale,  // figures' and QR codes' sizes, down to `limit`
  columns,       // more columns, one at a time, up to `limit` columns
};

struct FitStep {
  FitStepKind kind = FitStepKind::text_size;
  double limit = 1;
  SourceLocation where;
};

struct FitDef {
  int pages = 0;  // the budget; 0: none
  std::vector<FitStep> steps;
  SourceLocation where;  // the template's `fit` (or none when --fit-pages gave the budget)
};

struct TemplateDef {
  std::string name;
  std::string description;  // one line, for `handout templates`
  std::string source_file;
  PageDef page;
  std::map<std::string, FontFamilyDef> families;
  std::string code_family;                     // for `code`; empty: none declared
  std::vector<std::string> fallback_families;  // tried in order for characters a face lacks
  PaginationRules pagination;
  std::map<std::string, StyleDef> styles;
  std::optional<RegionDef> header;
  std::optional<RegionDef> footer;
  DataContract contract;
  std::optional<FitDef> fit;
  std::vector<BodyBlockDef> blocks;         // the body in the block language
  std::vector<BodyBlockDef> back_blocks;    // `back`: the cards' backs, printed by `impose: cards`
  std::vector<std::string> included_files;  // partials, for watching and dependency files
};

}  // namespace handout
