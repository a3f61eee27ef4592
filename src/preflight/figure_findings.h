#pragma once

#include <vector>

#include "model/page_layout.h"
#include "preflight/preflight_report.h"

namespace handout {

// Each figure where it is printed: its effective resolution, the image's pixels over its printed
// width (info; a warning below kLowestPrintDpi, where it looks blurred), and a warning when it
// has no alt text. QR codes are left out: their modules are meant to be enlarged.
std::vector<PreflightFinding> figure_findings(const LaidOutDocument& document);

}  // namespace handout
