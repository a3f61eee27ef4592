#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "image/raster_image.h"
#include "model/template_model.h"
#include "text/font_face.h"

namespace handout {

// A style ready for layout: the template's style with its face chosen.
struct TextStyle {
  std::string name;
  std::string font_file;               // resolved path of the face
  std::shared_ptr<const FontFace> face;  // filled when resources are loaded
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
  std::string text;
  TextStyle style;
  int outline_level = 1;  // 1 = top level
  SourceLocation where;
};

struct ParagraphBlock {
  std::string text;
  TextStyle style;
  SourceLocation where;
};

// A figure and its caption, which layout never separates.
struct FigureBlock {
  std::string image_path;
  std::shared_ptr<const RasterImage> image;  // filled when resources are loaded
  double width_fraction = 1.0;       // of the text width
  double max_height_fraction = 0.5;  // of the text height
  std::string caption;               // may be empty
  TextStyle caption_style;
  std::string alt;
  SourceLocation where;
};

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
  std::vector<Block> blocks;
  std::optional<RunningText> header;
  std::optional<RunningText> footer;
};

}  // namespace handout
