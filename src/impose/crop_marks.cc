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

void add_crop_marks(LaidOutPage& page, const std::vector<double>& xs,
                    const std::vector<double>& ys) {
  const double offset = page.bleed > 0 ? page.bleed : kOffsetWithoutBleed;
  page.slug = std::max(0.0, offset + kMarkLength + kSlugMargin - page.bleed);
  add_cut_marks({{0, 0, page.width, page.height}, xs, ys, offset, kMarkLength}, page);
}

}  // namespace handout
