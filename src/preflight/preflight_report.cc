#include "preflight/preflight_report.h"

#include <algorithm>

#include "preflight/budget_findings.h"
#include "preflight/color_findings.h"
#include "preflight/figure_findings.h"
#include "preflight/font_findings.h"
#include "preflight/glyph_findings.h"
#include "preflight/note_findings.h"

namespace handout {
namespace {

void append(std::vector<PreflightFinding>& findings, std::vector<PreflightFinding> more) {
  for (PreflightFinding& finding : more) findings.push_back(std::move(finding));
}

}  // namespace

size_t PreflightReport::count(FindingSeverity severity) const {
  return static_cast<size_t>(std::count_if(
      findings.begin(), findings.end(),
      [severity](const PreflightFinding& found) { return found.severity == severity; }));
}

PreflightReport preflight_report(const PreflightInput& input) {
  const LaidOutDocument& document = input.document;
  PreflightReport report;
  report.page_count = document.pages.size();
  report.budget = input.budget;
  append(report.findings, budget_findings(report.page_count, input.budget));
  if (input.fonts) append(report.findings, font_findings(document, *input.fonts));
  append(report.findings, note_findings(document.notes));
  append(report.findings, figure_findings(document));
  append(report.findings, glyph_findings(document));
  append(report.findings, color_findings(document, input.color_mode, input.template_colors));
  // Page by page; within a page, in the order above (layout's notes in reading order).
  std::stable_sort(
      report.findings.begin(), report.findings.end(),
      [](const PreflightFinding& a, const PreflightFinding& b) { return a.page < b.page; });
  return report;
}

const char* severity_name(FindingSeverity severity) {
  switch (severity) {
    case FindingSeverity::info:
      return "info";
    case FindingSeverity::warning:
      return "warning";
    case FindingSeverity::error:
      break;
  }
  return "error";
}

}  // namespace handout
