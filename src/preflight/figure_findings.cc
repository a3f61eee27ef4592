#include "preflight/figure_findings.h"

#include "core/whitespace.h"
#include "layout/figure_sizing.h"

namespace handout {

std::vector<PreflightFinding> figure_findings(const LaidOutDocument& document) {
  std::vector<PreflightFinding> findings;
  for (size_t page = 0; page < document.pages.size(); ++page) {
    for (const PageItem& item : document.pages[page].items) {
      const PlacedImage* figure = std::get_if<PlacedImage>(&item);
      if (figure == nullptr || figure->figure_path.empty() || !figure->image) continue;
      const bool sharp = printed_dpi(figure->image->width, figure->width) >= kLowestPrintDpi;
      findings.push_back(
          {page + 1, "figure-resolution", sharp ? FindingSeverity::info : FindingSeverity::warning,
           print_resolution_text(figure->figure_path, figure->image->width, figure->width),
           figure->where});
      if (!fold_whitespace(figure->alt).empty()) continue;
      findings.push_back({page + 1, "missing-alt", FindingSeverity::warning,
                          "figure '" + figure->figure_path +
                              "' has no alt text, the words that stand for it where it cannot "
                              "be seen",
                          figure->where});
    }
  }
  return findings;
}

}  // namespace handout
