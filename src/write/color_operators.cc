#include "write/color_operators.h"

#include <algorithm>
#include <initializer_list>

#include "write/pdf_syntax.h"

namespace handout {
namespace {

std::string operands(std::initializer_list<double> components) {
  std::string text;
  for (double component : components) {
    text += pdf_number(std::clamp(component, 0.0, 1.0), 4) + " ";
  }
  return text;
}

}  // namespace

std::string color_operator(const Color& color, ColorUse use) {
  const bool fill = use == ColorUse::fill;
  if (color.gray) return operands({color.red}) + (fill ? "g\n" : "G\n");
  if (color.cmyk) {
    const CmykColor& inks = *color.cmyk;
    return operands({inks.cyan, inks.magenta, inks.yellow, inks.black}) + (fill ? "k\n" : "K\n");
  }
  return operands({color.red, color.green, color.blue}) + (fill ? "rg\n" : "RG\n");
}

}  // namespace handout
