#pragma once

#include <vector>

#include "model/page_layout.h"
#include "preflight/preflight_report.h"

namespace handout {

// Each character a font lacks, once per page it is missing on (warnings), the first 20 of a page
// and then one finding for the rest: found in the pages' text runs, placed at the first text on
// that page that layout noted it in; text set after layout's notes (running headers and
// footers), or past the notes a line keeps, has no position.
std::vector<PreflightFinding> glyph_findings(const LaidOutDocument& document);

}  // namespace handout
