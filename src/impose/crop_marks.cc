#include "impose/crop_marks.h"

#include <algorithm>

namespace handout {
namespace {

constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kMarkWidth = 0.25;
constexpr double kOffsetWithoutBleed = 3 * kMillimetre;  // clear of a cut slightly off the trim
constexpr double kMarkLength = 6 * kMillimetre;
constexpr double kSlugMargin = 1 * kMillimetre;  // between a mark's far end and the media edge

// Registration black: the marks must show on every separation. As plain sRGB, black.
const Color kRegistration{0, 0, 0, CmykColor{1, 1, 1, 1}};

DrawnLine mark(double x1, double y1, double x2, double y2) {
  return DrawnLine{x1, y1, x2, y2, kMarkWidth, kRegistration, false};
}

}  // namespace

void add_cut_marks(const CutMarks& marks, LaidOutPage& page) {
  if (marks.length <= 0) return;
  const TextArea& area = marks.around;
  const double near = marks.offset;
  const double far = marks.offset + marks.length;
  for (double x : marks.xs) {
    page.items.push_back(mark(x, area.top - far, x, area.top - near));
    page.items.push_back(mark(x, area.bottom() + near, x, area.bottom() + far));
  }
  for (double y : marks.ys) {
    page.items.push_back(mark(area.left - far, y, area.left - near, y));
    page.items.push_back(mark(area.right() + near, y, area.right() + far, y));
  }
}

double crop_mark_offset(double bleed) { return bleed > 0 ? bleed : kOffsetWithoutBleed; }

double crop_mark_slug(double bleed) {
  return std::max(0.0, crop_mark_offset(bleed) + kMarkLength + kSlugMargin - bleed);
}

void add_crop_marks(LaidOutPage& page, const std::vector<double>& xs,
                    const std::vector<double>& ys) {
  page.slug = crop_mark_slug(page.bleed);
  add_cut_marks(
      {{0, 0, page.width, page.height}, xs, ys, crop_mark_offset(page.bleed), kMarkLength}, page);
}

}  // namespace handout
