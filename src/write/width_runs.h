#pragma once

#include <cstdint>
#include <set>
#include <vector>

namespace handout {

// One entry of a CIDFont's /W array: `first` followed by the widths of `count` glyph ids from it.
struct WidthRun {
  uint32_t first = 0;
  uint32_t count = 0;

  bool operator==(const WidthRun&) const = default;
};

// The runs that declare the widths of `glyph_ids`: one per stretch of consecutive ids, so /W
// lists exactly the glyphs drawn. libharu holds at most 32767 elements in an array, so a longer
// stretch is cut into pieces, and when there would be more runs than /W can hold (thousands of
// scattered glyphs of a font with tens of thousands), the ids from the first to the last are
// listed instead, every one, in a few long runs.
std::vector<WidthRun> width_runs(const std::set<uint32_t>& glyph_ids);

}  // namespace handout
