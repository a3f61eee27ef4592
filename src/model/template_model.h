#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"

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
  RgbColor color;
  bool hyphenate = true;  // break words at dictionary hyphenation points (justified or not)
  SourceLocation where;
};

// How paragraphs may split across pages.
struct PaginationRules {
  int orphans = 2;  // fewest lines of a paragraph left at the foot of a page
  int widows = 2;   // fewest lines of a paragraph carried to the head of the next page
  SourceLocation where;
};

struct PageDef {
  double width = 595.2756;   // A4
  double height = 841.8898;
  double margin_top = 56.6929;
  double margin_bottom = 56.6929;
  double margin_left = 56.6929;
  double margin_right = 56.6929;
  SourceLocation where;
};

// A running header or footer: three slots whose text may hold the placeholders
// {{page}}, {{pages}}, {{title}}, {{subtitle}}, {{author}} and {{date}}.
struct RegionDef {
  std::string left;
  std::string center;
  std::string right;
  std::string style;          // a key of TemplateDef::styles
  bool on_first_page = true;
  SourceLocation where;
};

enum class BlockKind { title, subtitle, byline, intro, figures, items };

// A figure that does not fit in the space left on a page moves to the next one. A floating
// figure lets the text after it fill the space it left; a pinned one keeps its place in the
// reading order (the space stays empty).
enum class FigurePlacement { float_, pinned };

// One entry of the template's `body`: what to place, in which order, with which styles.
struct BlockDef {
  BlockKind kind = BlockKind::title;
  std::string style;              // title, subtitle, byline, intro: the paragraph style
  std::string caption_style;      // figures
  double figure_width = 1.0;      // figures: fraction of the text width
  double figure_max_height = 0.5; // figures: fraction of the text height
  FigurePlacement figure_placement = FigurePlacement::float_;  // figures
  std::string heading_style;      // items: each item's heading
  std::string description_style;  // items: each item's description
  std::string section_style;      // items: each section's title
  SourceLocation where;
};

struct TemplateDef {
  std::string name;
  std::string source_file;
  PageDef page;
  std::map<std::string, FontFamilyDef> families;
  std::string code_family;                    // for `code`; empty: none declared
  std::vector<std::string> fallback_families;  // tried in order for characters a face lacks
  PaginationRules pagination;
  std::map<std::string, StyleDef> styles;
  std::optional<RegionDef> header;
  std::optional<RegionDef> footer;
  std::vector<BlockDef> body;
};

}  // namespace handout
