#pragma once

namespace handout {

// An sRGB colour with components in 0..1.
struct RgbColor {
  double red = 0;
  double green = 0;
  double blue = 0;

  bool operator==(const RgbColor&) const = default;
};

}  // namespace handout
