#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"

namespace handout {

// A template colour, or in `problem` why the text is not one (completing "color ...", e.g.
// "'red' is not a colour; ...") with hints. Colours are written
//   #rrggbb or #rgb  sRGB in hexadecimal digits of either case (#rgb means #rrggbb);
//   cmyk(c, m, y, k) the inks cyan, magenta, yellow and black, each a fraction from 0 to 1
//                    (0.4) or a percentage from 0% to 100% (40%); the two may be mixed. Its
//                    sRGB approximation is cmyk_color's.
struct ParsedColor {
  std::optional<Color> color;
  std::string problem;
  std::vector<std::string> hints;
};

ParsedColor parse_color(std::string_view text);

}  // namespace handout
