#include "core/points_text.h"

#include <cmath>
#include <cstdio>

namespace handout {

std::string format_two_decimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::round(value * 100) / 100);
  std::string text = buffer;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

std::string format_points(double points) { return format_two_decimals(points) + "pt"; }

}  // namespace handout
