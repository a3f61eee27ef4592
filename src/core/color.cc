#include "core/color.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace handout {
namespace {

std::string percent(double fraction) {
  char text[16];
  std::snprintf(text, sizeof text, "%g%%", std::round(fraction * 1000) / 10);
  return text;
}

int byte(double component) {
  return static_cast<int>(std::lround(std::clamp(component, 0.0, 1.0) * 255));
}

}  // namespace

Color cmyk_color(const CmykColor& inks) {
  const double white = 1 - inks.black;
  return Color{(1 - inks.cyan) * white, (1 - inks.magenta) * white, (1 - inks.yellow) * white,
               inks};
}

std::string color_text(const Color& color) {
  if (color.cmyk) {
    const CmykColor& inks = *color.cmyk;
    return "cmyk(" + percent(inks.cyan) + ", " + percent(inks.magenta) + ", " +
           percent(inks.yellow) + ", " + percent(inks.black) + ")";
  }
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", byte(color.red), byte(color.green),
                byte(color.blue));
  return text;
}

}  // namespace handout
