#pragma once

#include <string>

#include "model/page_layout.h"

namespace handout {

// The laid-out pages as text, one line per page and per item in drawing order: each item's kind,
// position and size in points (at most two decimals, so that the text stays the same across
// compilers and libraries), and what it shows (a run's characters, face and colour, an image's
// pixels, a link's target), then the outline. For tests that compare a layout with a stored one;
// the format is described in tests/unit/layout_dumps/README.md.
std::string dump_layout(const LaidOutDocument& document);

}  // namespace handout
