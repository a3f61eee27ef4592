#pragma once

#include <optional>

namespace handout {

// Ink coverage for the four process colours, each 0..1.
struct CmykColor {
  double cyan = 0;
  double magenta = 0;
  double yellow = 0;
  double black = 0;

  bool operator==(const CmykColor&) const = default;
};

// A colour as a template gives it: sRGB (#rrggbb), or CMYK inks for a press. A CMYK colour keeps
// an sRGB approximation too, for everything that reasons about how a colour looks (contrast,
// conversion to grey); the writer prints its inks.
struct Color {
  double red = 0;  // sRGB components, 0..1
  double green = 0;
  double blue = 0;
  std::optional<CmykColor> cmyk;

  bool operator==(const Color&) const = default;
};

}  // namespace handout
