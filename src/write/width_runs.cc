#include "write/width_runs.h"

#include <algorithm>

#include "core/pdf_limits.h"

namespace handout {
namespace {

constexpr uint32_t kLongestRun = kMostPdfArrayElements;

// Appends the ids first..last (inclusive) as runs of at most kLongestRun.
void add_stretch(uint32_t first, uint32_t last, std::vector<WidthRun>& runs) {
  for (uint64_t start = first; start <= last; start += kLongestRun) {
    const auto count = static_cast<uint32_t>(std::min<uint64_t>(kLongestRun, last - start + 1));
    runs.push_back({static_cast<uint32_t>(start), count});
  }
}

}  // namespace

std::vector<WidthRun> width_runs(const std::set<uint32_t>& glyph_ids) {
  std::vector<WidthRun> runs;
  if (glyph_ids.empty()) return runs;
  uint32_t first = *glyph_ids.begin();
  uint32_t previous = first;
  for (uint32_t glyph : glyph_ids) {
    if (glyph > previous + 1) {
      add_stretch(first, previous, runs);
      first = glyph;
    }
    previous = glyph;
  }
  add_stretch(first, previous, runs);
  // Each run is two elements of /W: its first id and the array of its widths.
  if (2 * runs.size() <= kMostPdfArrayElements) return runs;
  runs.clear();
  add_stretch(*glyph_ids.begin(), *glyph_ids.rbegin(), runs);
  return runs;
}

}  // namespace handout
