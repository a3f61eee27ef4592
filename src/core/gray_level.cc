#include "core/gray_level.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace handout {
namespace {

// Rec. 709 / sRGB luminance weights.
constexpr double kRedWeight = 0.2126;
constexpr double kGreenWeight = 0.7152;
constexpr double kBlueWeight = 0.0722;

double linear_from_srgb(double encoded) {
  encoded = std::clamp(encoded, 0.0, 1.0);
  return encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
}

double srgb_from_linear(double linear) {
  linear = std::clamp(linear, 0.0, 1.0);
  return linear <= 0.0031308 ? linear * 12.92 : 1.055 * std::pow(linear, 1 / 2.4) - 0.055;
}

// Pixels go through integers: linear light in 1/65535 steps, weights in 1/65536 that add up to
// exactly 65536, so a grey's luminance is its own linear value and maps back to itself.
constexpr int kLinearSteps = 65535;
constexpr uint32_t kRedWeight16 = 13933;
constexpr uint32_t kGreenWeight16 = 46871;
constexpr uint32_t kBlueWeight16 = 4732;
static_assert(kRedWeight16 + kGreenWeight16 + kBlueWeight16 == 65536);

struct PixelTables {
  std::array<uint16_t, 256> linear{};  // by 8-bit sRGB value
  std::vector<uint8_t> encoded;        // by linear value: the nearest 8-bit sRGB value

  PixelTables() : encoded(kLinearSteps + 1) {
    for (int value = 0; value < 256; ++value) {
      linear[value] =
          static_cast<uint16_t>(std::lround(linear_from_srgb(value / 255.0) * kLinearSteps));
    }
    for (int step = 0; step <= kLinearSteps; ++step) {
      encoded[step] =
          static_cast<uint8_t>(std::lround(srgb_from_linear(step / double(kLinearSteps)) * 255));
    }
  }
};

const PixelTables& pixel_tables() {
  static const PixelTables tables;
  return tables;
}

}  // namespace

double gray_level(const Color& color) {
  if (color.gray) return color.red;
  const double luminance = kRedWeight * linear_from_srgb(color.red) +
                           kGreenWeight * linear_from_srgb(color.green) +
                           kBlueWeight * linear_from_srgb(color.blue);
  return srgb_from_linear(luminance);
}

Color as_gray(const Color& color) {
  const double level = gray_level(color);
  return Color{level, level, level, std::nullopt, true};
}

uint8_t gray_level_of_pixel(uint8_t red, uint8_t green, uint8_t blue) {
  const PixelTables& tables = pixel_tables();
  const uint32_t luminance =
      (kRedWeight16 * tables.linear[red] + kGreenWeight16 * tables.linear[green] +
       kBlueWeight16 * tables.linear[blue]) >>
      16;
  return tables.encoded[luminance];
}

}  // namespace handout
