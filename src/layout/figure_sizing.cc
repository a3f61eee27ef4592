#include "layout/figure_sizing.h"

#include <algorithm>
#include <cmath>

namespace handout {
namespace {

double usable_fraction(double fraction) { return fraction > 0 && fraction <= 1 ? fraction : 1; }

// The image `width` wide, keeping its proportions.
FigureSize at_width(double width, double ratio) { return {width, width * ratio}; }
FigureSize at_height(double height, double ratio) { return {height / ratio, height}; }

// `size` scaled down, keeping its proportions, until it is no wider than `width` and no taller
// than `height`.
FigureSize shrunk_into(FigureSize size, double width, double height) {
  const double scale = std::min({1.0, width / size.width, height / size.height});
  return {size.width * scale, size.height * scale};
}

}  // namespace

FigureSize fit_figure(int pixel_width, int pixel_height, const FigureBox& box, const TextArea& area,
                      double caption_height) {
  if (pixel_width <= 0 || pixel_height <= 0) return {};
  const double ratio = static_cast<double>(pixel_height) / pixel_width;
  const double box_width = area.width * usable_fraction(box.width.fraction_of(area.width));
  const double box_height =
      box.fixed_height > 0 ? box.fixed_height
                           : area.height * usable_fraction(box.max_height.fraction_of(area.height));
  // A caption that fills the page leaves nothing: then the image keeps its own box and page flow
  // sets the caption on the next page.
  const double room = area.height - caption_height;
  const double tallest = room > 0 ? room : std::min(box_height, area.height);
  switch (box.fit) {
    case FigureFit::width:
      return shrunk_into(at_width(box_width, ratio), box_width, tallest);
    case FigureFit::height:
      return shrunk_into(at_height(std::min(box_height, tallest), ratio), box_width, tallest);
    case FigureFit::contain:
      break;
  }
  return shrunk_into(at_width(box_width, ratio), box_width, std::min(box_height, tallest));
}

double printed_dpi(int pixel_width, double printed_width) {
  constexpr double kPointsPerInch = 72;
  return printed_width > 0 ? pixel_width * kPointsPerInch / printed_width : 0;
}

std::string print_resolution_text(const std::string& figure, int pixel_width,
                                  double printed_width) {
  constexpr double kMillimetresPerPoint = 25.4 / 72;
  const double dpi = printed_dpi(pixel_width, printed_width);
  const std::string at =
      "figure '" + figure + "' is printed at " + std::to_string(std::lround(dpi)) + " dpi";
  const std::string pixels = std::to_string(pixel_width) + " pixels";
  const std::string width =
      std::to_string(std::lround(printed_width * kMillimetresPerPoint)) + "mm";
  if (dpi >= kLowestPrintDpi) return at + " (" + pixels + " over " + width + ")";
  return at + ": its " + pixels + " are stretched over " + width + ", so it looks blurred on paper";
}

FigureSize fit_figure(int pixel_width, int pixel_height, double width_fraction,
                      double max_height_fraction, const TextArea& area, double caption_height) {
  return fit_figure(pixel_width, pixel_height,
                    FigureBox{Measure::share(width_fraction), Measure::share(max_height_fraction),
                              0, FigureFit::contain},
                    area, caption_height);
}

}  // namespace handout
