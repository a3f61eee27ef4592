#pragma once

#include <vector>

#include "model/page_layout.h"
#include "preflight/preflight_report.h"

namespace handout {

// Each character a font lacks, once per page it is missing on (warnings): found in the pages'
// text runs, placed at the first text on that page that layout noted it in; text set after
// layout's notes (running headers and footers) has no position.
std::vector<PreflightFinding> glyph_findings(const LaidOutDocument& document);

}  // namespace handout
