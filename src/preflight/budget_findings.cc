#include "preflight/budget_findings.h"

#include <string>

namespace handout {
namespace {

std::string pages_text(size_t count) {
  return std::to_string(count) + (count == 1 ? " page" : " pages");
}

std::string steps_text(const std::vector<std::string>& steps) {
  if (steps.empty()) return "no fit step";
  std::string text;
  for (const std::string& step : steps) text += (text.empty() ? "" : ", ") + step;
  return text;
}

}  // namespace

std::vector<PreflightFinding> budget_findings(size_t page_count, const PageBudget& budget) {
  if (budget.pages <= 0) return {};
  const size_t allowed = static_cast<size_t>(budget.pages);
  const std::string source = budget.where.has_position() ? "the template's fit" : "--fit-pages";
  if (page_count <= allowed) {
    return {{0, "page-budget", FindingSeverity::info,
             "the document takes " + pages_text(page_count) + " of the " + pages_text(allowed) +
                 " " + source + " allows, with " + steps_text(budget.steps_taken),
             budget.where}};
  }
  const std::string steps =
      budget.steps_taken.empty()
          ? ", and there is no fit step to take"
          : ", even with every fit step at its limit (" + steps_text(budget.steps_taken) + ")";
  return {{allowed + 1, "page-budget", FindingSeverity::error,
           "the document takes " + pages_text(page_count) + ", " +
               std::to_string(page_count - allowed) + " more than the " + pages_text(allowed) +
               " " + source + " allows" + steps,
           budget.where}};
}

}  // namespace handout
