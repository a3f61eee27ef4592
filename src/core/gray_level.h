#pragma once

#include <cstdint>

#include "core/color.h"

namespace handout {

// How light a colour looks, as one grey level from 0 (black) to 1 (white): the relative luminance
// Y of its sRGB components (linearised, then weighted 0.2126, 0.7152, 0.0722 as Rec. 709 and
// sRGB define it), encoded back with the sRGB curve. Encoding it back keeps every grey at its
// own level and spaces the levels about evenly for the eye, as sRGB values are. A CMYK colour is
// judged by its sRGB approximation (cmyk_color).
double gray_level(const Color& color);

// The colour as a grey (gray = true, its three components the grey level), which the writer
// prints in DeviceGray. A grey stays as it is.
Color as_gray(const Color& color);

// gray_level of an 8-bit sRGB pixel, from tables, to within a rounding step; a grey pixel
// (red = green = blue) keeps its value exactly.
uint8_t gray_level_of_pixel(uint8_t red, uint8_t green, uint8_t blue);

}  // namespace handout
