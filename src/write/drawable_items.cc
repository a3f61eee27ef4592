#include "write/drawable_items.h"

#include <cmath>
#include <initializer_list>

namespace handout {
namespace {

bool finite(std::initializer_list<double> values) {
  for (double value : values) {
    if (!std::isfinite(value)) return false;
  }
  return true;
}

}  // namespace

std::string text_run_problem(const TextRun& run) {
  if (!run.face) return "a text run has no font";
  if (!finite({run.size, run.x, run.baseline}) || run.size <= 0) {
    return "a text run has a non-finite position or a size that is not positive";
  }
  for (const ShapedGlyph& glyph : run.glyphs) {
    // Identity-H codes are two bytes wide.
    if (!finite({glyph.x_advance, glyph.x_offset, glyph.y_offset}) || glyph.glyph_id > 0xFFFF) {
      return "a text run has a glyph with a non-finite position or an id above 65535";
    }
  }
  return {};
}

std::string placed_image_problem(const PlacedImage& placed) {
  if (!placed.image) return "a placed image has no image";
  if (!finite({placed.x, placed.y, placed.width, placed.height})) {
    return "the image '" + placed.image->source_path + "' has a non-finite position or size";
  }
  return {};
}

std::string link_area_problem(const LinkArea& link) {
  if (!finite({link.x, link.y, link.width, link.height})) {
    return "the link to '" + link.url + "' has a non-finite position or size";
  }
  return {};
}

std::string drawn_line_problem(const DrawnLine& line) {
  if (!finite({line.x1, line.y1, line.x2, line.y2, line.width}) || line.width < 0) {
    return "a line has a non-finite end or a negative width";
  }
  return {};
}

std::string drawn_box_problem(const DrawnBox& box) {
  if (!finite({box.x, box.y, box.width, box.height, box.stroke_width}) || box.stroke_width < 0) {
    return "a box has a non-finite corner or size, or a negative border width";
  }
  return {};
}

std::string clip_problem(const ClipBegin& clip) {
  if (!finite({clip.x, clip.y, clip.width, clip.height}) || clip.width < 0 || clip.height < 0) {
    return "a clipping rectangle has a non-finite corner or a negative size";
  }
  return {};
}

}  // namespace handout
