#pragma once

#include <optional>
#include <string_view>

#include "core/color.h"

namespace handout {

// A colour written as #rrggbb or #rgb (hex digits in either case; #rgb means #rrggbb).
std::optional<Color> parse_color(std::string_view text);

}  // namespace handout
