#pragma once

#include <string>

#include "core/source_location.h"

namespace handout {

// A size as a template writes it: a share of the frame it is set in (`80%`), or a length in
// points (`80mm`). It stays what it was written as until layout knows the frame: a length is
// the same on any page size, imposition or bleed (docs/templates.md), and only a share grows and
// shrinks with the frame.
// The most a share may be and still be the whole frame: a length of the frame's own size may
// come out a rounding error over 1.
inline constexpr double kWholeFrameShare = 1.0 + 1e-9;

struct Measure {
  double fraction = 0;   // of the frame; with `points` 0: unset (the block's default applies)
  double points = 0;     // a length: used when greater than 0
  double scale = 1;      // copyfitting's figure scale, applied to the share once resolved
  std::string written;   // as the template writes it ("120%", "80mm"), for messages
  SourceLocation where;  // the value in the template; no position: a default

  static Measure share(double fraction) { return Measure{fraction, 0, 1, {}, {}}; }

  bool is_length() const { return points > 0; }
  bool is_set() const { return is_length() || fraction > 0; }

  // The share of a frame `extent` points long it takes, scaled; a length longer than the frame
  // is more than 1 (layout clamps it). 0 for a length when the frame has no extent.
  double fraction_of(double extent) const {
    if (!is_length()) return fraction * scale;
    return extent > 0 ? points / extent * scale : 0;
  }
};

}  // namespace handout
