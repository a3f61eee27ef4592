#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "image/raster_image.h"
#include "model/doc_tree.h"
#include "text/font_face.h"
#include "text/shaper.h"

namespace handout {

// Coordinates on a laid-out page are in points from the page's top-left corner, y downwards.

// A run of glyphs on one baseline in one face, size and colour.
struct TextRun {
  std::shared_ptr<const FontFace> face;
  double size = 10;
  RgbColor color;
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
};

// A clickable area that opens a URL (a link annotation).
struct LinkArea {
  double x = 0;  // top-left corner
  double y = 0;
  double width = 0;
  double height = 0;
  std::string url;
};

using PageItem = std::variant<TextRun, PlacedImage, LinkArea>;

struct LaidOutPage {
  double width = 0;
  double height = 0;
  std::vector<PageItem> items;
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
};

}  // namespace handout
