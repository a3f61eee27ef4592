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
  if (link.url.empty()) return "a link has no target";
  return {};
}

}  // namespace handout
