#pragma once

#include <optional>
#include <string>

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
// conversion to grey); the writer prints its inks. A grey (`gray`, made by --grayscale) is a
// single grey level, printed as such: its red, green and blue are that level.
struct Color {
  double red = 0;  // sRGB components, 0..1
  double green = 0;
  double blue = 0;
  std::optional<CmykColor> cmyk;
  bool gray = false;

  bool operator==(const Color&) const = default;
};

// The CMYK colour with `inks` and the naive sRGB approximation red = (1 - cyan)(1 - black), and
// likewise green from magenta and blue from yellow. No ICC profile: the approximation only
// serves on screen and for grey levels; the PDF carries the inks themselves.
Color cmyk_color(const CmykColor& inks);

// A colour as a template would write it, for messages: "#c0392b", or "cmyk(0%, 40%, 100%, 0%)".
std::string color_text(const Color& color);

}  // namespace handout
