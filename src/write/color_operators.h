#pragma once

#include <string>

#include "core/color.h"

namespace handout {

// Which of PDF's two current colours an operator sets: the one text and filled areas are
// painted with, or the one lines and outlines are stroked with.
enum class ColorUse { fill, stroke };

// The content operator, with its newline, that makes `color` the current fill or stroke colour
// in its own colour space: a grey (Color::gray) in DeviceGray (g, G), CMYK inks in DeviceCMYK
// (k, K), anything else in DeviceRGB (rg, RG). Every colour the writer draws goes through here.
std::string color_operator(const Color& color, ColorUse use);

}  // namespace handout
