#include "image/png_unfiltering.h"

#include <algorithm>
#include <cstdlib>

namespace handout {
namespace {

enum FilterType { kNone = 0, kSub = 1, kUp = 2, kAverage = 3, kPaeth = 4 };

// The neighbour (left, above or upper left) closest to left + above - upper left.
uint8_t paeth_predictor(int left, int above, int upper_left) {
  const int estimate = left + above - upper_left;
  const int to_left = std::abs(estimate - left);
  const int to_above = std::abs(estimate - above);
  const int to_upper_left = std::abs(estimate - upper_left);
  if (to_left <= to_above && to_left <= to_upper_left) return static_cast<uint8_t>(left);
  if (to_above <= to_upper_left) return static_cast<uint8_t>(above);
  return static_cast<uint8_t>(upper_left);
}

// What the filter predicted a byte from its neighbours: left, above and upper left.
int prediction(int filter_type, int left, int above, int upper_left) {
  switch (filter_type) {
    case kSub:
      return left;
    case kUp:
      return above;
    case kAverage:
      return (left + above) / 2;
    case kPaeth:
      return paeth_predictor(left, above, upper_left);
    default:
      return 0;
  }
}

// `row` holds the filtered bytes and receives the samples; `above` is the previous row's
// samples (zeros for the first row).
void unfilter_row(int filter_type, uint8_t* row, const uint8_t* above, size_t row_bytes,
                  size_t bytes_per_pixel) {
  for (size_t at = 0; at < row_bytes; ++at) {
    const bool first_pixel = at < bytes_per_pixel;
    const int left = first_pixel ? 0 : row[at - bytes_per_pixel];
    const int upper_left = first_pixel ? 0 : above[at - bytes_per_pixel];
    row[at] = static_cast<uint8_t>(row[at] + prediction(filter_type, left, above[at], upper_left));
  }
}

}  // namespace

std::vector<uint8_t> unfilter_png_rows(const std::vector<uint8_t>& filtered, size_t height,
                                       size_t row_bytes, size_t bytes_per_pixel) {
  std::vector<uint8_t> samples(height * row_bytes);
  const std::vector<uint8_t> zeros(row_bytes, 0);
  for (size_t row = 0; row < height; ++row) {
    const uint8_t* source = filtered.data() + row * (row_bytes + 1);
    uint8_t* target = samples.data() + row * row_bytes;
    std::copy(source + 1, source + 1 + row_bytes, target);
    const uint8_t* above = row == 0 ? zeros.data() : target - row_bytes;
    unfilter_row(source[0], target, above, row_bytes, bytes_per_pixel);
  }
  return samples;
}

}  // namespace handout
