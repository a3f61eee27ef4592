#pragma once

#include <vector>

#include "preflight/preflight_report.h"

namespace handout {

// The page budget, when there is one: the pages used and the fit steps taken (info), or, over the
// budget, an error on the first page past it saying by how many pages.
std::vector<PreflightFinding> budget_findings(size_t page_count, const PageBudget& budget);

}  // namespace handout
