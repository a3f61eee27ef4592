#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "image/raster_image.h"
#include "model/doc_tree.h"
#include "model/layout_note.h"
#include "text/font_face.h"
#include "text/shaper.h"

namespace handout {

// Coordinates on a laid-out page are in points from the top-left corner of its trim box (the
// page as it is once cut), y downwards. What reaches into the bleed or the marks around the trim
// has negative coordinates, or ones past the page's width and height.

// A run of glyphs on one baseline in one face, size and colour.
struct TextRun {
  std::shared_ptr<const FontFace> face;
  double size = 10;
  Color color;
  double x = 0;         // left end of the baseline
  double baseline = 0;  // y of the baseline
  std::string text;     // the characters the glyphs stand for (their clusters index into it)
  std::vector<ShapedGlyph> glyphs;  // advances may be widened by justification
};

struct PlacedImage {
  std::shared_ptr<const RasterImage> image;
  double x = 0;  // top-left corner
  double y = 0;
  double width = 0;
  double height = 0;
  std::string alt;
  std::string figure_path;  // the figure's image as named, for reports; empty: not a figure (a
                            // QR code)
  SourceLocation where;     // the figure or QR code block, for reports and messages
};

// A clickable area (a link annotation) that opens a URL, or, when `url` is empty, goes to a
// place in the document (a table of contents entry).
struct LinkArea {
  double x = 0;  // top-left corner
  double y = 0;
  double width = 0;
  double height = 0;
  std::string url;
  size_t target_page = 0;  // index into LaidOutDocument::pages
  double target_y = 0;     // from the target page's top
  SourceLocation where;    // the text the link is in, for messages
};

// A straight line: a rule, a column rule, a cut line, a table's row line.
struct DrawnLine {
  double x1 = 0;
  double y1 = 0;
  double x2 = 0;
  double y2 = 0;
  double width = 0.5;
  Color color;
  bool dashed = false;
};

// A rectangle filled and/or outlined (a callout's box, a table header's background).
struct DrawnBox {
  double x = 0;  // top-left corner
  double y = 0;
  double width = 0;
  double height = 0;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double stroke_width = 0.8;
};

// The items after a ClipBegin, up to its ClipEnd, are drawn only inside its rectangle (a bleed
// figure cropped to the bleed, a page cropped to its place on an imposed sheet). Pairs nest.
struct ClipBegin {
  double x = 0;  // top-left corner
  double y = 0;
  double width = 0;
  double height = 0;
};
struct ClipEnd {};

// Drawn in order: a box listed before text is behind it.
using PageItem =
    std::variant<TextRun, PlacedImage, LinkArea, DrawnLine, DrawnBox, ClipBegin, ClipEnd>;

// A page, or an imposed sheet. Its media (the PDF's MediaBox) is the trim grown on every side by
// `bleed` and then `slug`: the bleed is what backgrounds and bleed figures may fill past the trim
// edges (the BleedBox), the slug holds crop marks and is cut away with the bleed.
struct LaidOutPage {
  double width = 0;  // the trim size
  double height = 0;
  std::vector<PageItem> items;
  double bleed = 0;
  double slug = 0;
};

// A bookmark: a heading's text and where it landed.
struct OutlineEntry {
  std::string title;
  int level = 1;
  size_t page_index = 0;
  double y = 0;  // top of the heading's first line
};

struct LaidOutDocument {
  DocumentInfo info;
  std::vector<LaidOutPage> pages;
  std::vector<OutlineEntry> outline;
  std::vector<LayoutNote> notes;  // for the preflight report, in page order
};

}  // namespace handout
