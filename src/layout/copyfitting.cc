#include "layout/copyfitting.h"

#include <algorithm>
#include <cmath>

#include "layout/frame_measure_check.h"

namespace handout {
namespace {

// One layout of the document at one scale, with what that layout reported.
struct Trial {
  LaidOutDocument pages;
  Diagnostics reported;
};

class FitSearch {
 public:
  FitSearch(const DocTree& document, const LayoutOptions& options)
      : document_(document), options_(options), budget_(document.fit->pages) {}

  Trial lay_out(const FitScale& scale) const {
    Trial trial;
    trial.pages = layout_document(scaled_document(document_, scale), trial.reported, options_);
    return trial;
  }

  bool fits(const Trial& trial) const {
    return !trial.reported.has_errors() && static_cast<int>(trial.pages.pages.size()) <= budget_;
  }

  // The mildest value of `step` in whole percents from its limit (which fits) towards the value
  // in `scale` (which does not): a binary search, about seven layouts.
  std::pair<FitScale, Trial> ease_back(FitScale scale, const FitStep& step, Trial fitting) const {
    double& factor = factor_of(scale, step.kind);
    int fits_at = static_cast<int>(std::lround(step.limit * 100));
    int too_big_at = static_cast<int>(std::lround(factor * 100));
    while (too_big_at - fits_at > 1) {
      const int middle = (fits_at + too_big_at) / 2;
      factor = middle / 100.0;
      Trial trial = lay_out(scale);
      if (fits(trial)) {
        fits_at = middle;
        fitting = std::move(trial);
      } else {
        too_big_at = middle;
      }
    }
    factor = fits_at / 100.0;
    return {scale, std::move(fitting)};
  }

  // One more column at a time up to the step's limit; nullopt when none fits.
  std::optional<std::pair<FitScale, Trial>> add_columns(FitScale scale, const FitStep& step) const {
    const int from = scale.columns > 0 ? scale.columns : document_.page.columns;
    for (int columns = from + 1; columns <= static_cast<int>(step.limit); ++columns) {
      scale.columns = columns;
      Trial trial = lay_out(scale);
      if (fits(trial)) return std::pair{scale, std::move(trial)};
    }
    return std::nullopt;
  }

  static double& factor_of(FitScale& scale, FitStepKind kind) {
    if (kind == FitStepKind::leading) return scale.leading;
    if (kind == FitStepKind::figure_scale) return scale.figure_scale;
    return scale.text_size;
  }

  static void set_to_limit(FitScale& scale, const FitStep& step, int columns_now) {
    if (step.kind == FitStepKind::columns) {
      scale.columns = std::max(columns_now, static_cast<int>(step.limit));
    } else {
      factor_of(scale, step.kind) = std::min(factor_of(scale, step.kind), step.limit);
    }
  }

  int budget() const { return budget_; }

 private:
  const DocTree& document_;
  const LayoutOptions& options_;
  int budget_;
};

std::string percent(double factor) { return std::to_string(std::lround(factor * 100)) + "%"; }

// The steps in words, as they stand in `scale` ("text size 92%", "4 columns").
std::vector<std::string> describe(const FitScale& scale, const DocTree& document) {
  std::vector<std::string> words;
  if (scale.text_size < 1) words.push_back("text size " + percent(scale.text_size));
  if (scale.leading < 1) words.push_back("leading " + percent(scale.leading));
  if (scale.figure_scale < 1) words.push_back("figures " + percent(scale.figure_scale));
  if (scale.columns > 0 && scale.columns != document.page.columns && !document.page.cards) {
    words.push_back(std::to_string(scale.columns) + " columns");
  }
  return words;
}

// How full the last page's text area is, 0..1, from the lowest item inside it.
double last_page_fill(const LaidOutDocument& laid_out, const PageDef& page) {
  if (laid_out.pages.empty()) return 0;
  const double top = page.margin_top;
  const double bottom = page.height - page.margin_bottom;
  double lowest = top;
  for (const PageItem& item : laid_out.pages.back().items) {
    const double item_bottom = std::visit(
        [](const auto& placed) -> double {
          using Placed = std::decay_t<decltype(placed)>;
          if constexpr (std::is_same_v<Placed, TextRun>)
            return placed.baseline;
          else if constexpr (std::is_same_v<Placed, DrawnLine>)
            return std::max(placed.y1, placed.y2);
          else if constexpr (std::is_same_v<Placed, ClipEnd>)
            return 0;
          else
            return placed.y + placed.height;
        },
        item);
    if (item_bottom <= bottom + 1) lowest = std::max(lowest, item_bottom);
  }
  return std::clamp((lowest - top) / (bottom - top), 0.0, 1.0);
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
  return text;
}

void report_over_budget(const DocTree& document, const Trial& smallest, const FitScale& scale,
                        Diagnostics& diagnostics) {
  const FitDef& fit = *document.fit;
  const size_t pages = smallest.pages.pages.size();
  const int over = static_cast<int>(pages) - fit.pages;
  const std::vector<std::string> steps = describe(scale, document);
  const std::string budget = fit.where.has_position()
                                 ? "the template's fit (" + std::to_string(fit.pages) + ")"
                                 : "--fit-pages " + std::to_string(fit.pages);
  std::string message = "the document takes " + std::to_string(pages) + " pages, " +
                        std::to_string(over) + " more than " + budget + " allows";
  message += steps.empty() ? " (the template gives no fit steps)"
                           : ", even with every fit step at its limit (" + joined(steps) + ")";
  message += "; its last page is about " + percent(last_page_fill(smallest.pages, document.page)) +
             " full";
  diagnostics.error(fit.where, message,
                    {"shorten the data, let the fit steps go further, or allow more pages"});
}

void take_reports(const Trial& trial, Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : trial.reported.all()) diagnostics.add(diagnostic);
}

FittedLayout fitted(const DocTree& document, const FitScale& scale, Trial trial,
                    Diagnostics& diagnostics) {
  take_reports(trial, diagnostics);
  return {std::move(trial.pages), scale, describe(scale, document), document.fit->pages};
}

}  // namespace

FitDef with_page_budget(const std::optional<FitDef>& template_fit, int pages) {
  FitDef fit = template_fit.value_or(FitDef{});
  fit.pages = pages;
  fit.where = {};  // the command line set the budget
  if (fit.steps.empty()) {
    fit.steps = {{FitStepKind::text_size, 0.85, {}},
                 {FitStepKind::leading, 0.9, {}},
                 {FitStepKind::figure_scale, 0.5, {}}};
  }
  return fit;
}

FittedLayout layout_within_budget(const DocTree& document, Diagnostics& diagnostics,
                                  const LayoutOptions& options) {
  if (!check_frame_measures(document, diagnostics)) return {};
  if (!document.fit || document.fit->pages <= 0) {
    LaidOutDocument pages = layout_document(document, diagnostics, options);
    return FittedLayout{std::move(pages), {}, {}};
  }
  const FitSearch search(document, options);
  FitScale scale;
  Trial trial = search.lay_out(scale);
  if (trial.reported.has_errors() || search.fits(trial)) {
    return fitted(document, scale, std::move(trial), diagnostics);
  }
  for (const FitStep& step : document.fit->steps) {
    if (step.kind == FitStepKind::columns) {
      if (document.page.cards) continue;
      if (auto found = search.add_columns(scale, step)) {
        return fitted(document, found->first, std::move(found->second), diagnostics);
      }
      FitSearch::set_to_limit(scale, step, document.page.columns);
      continue;
    }
    FitScale at_limit = scale;
    FitSearch::set_to_limit(at_limit, step, document.page.columns);
    Trial limited = search.lay_out(at_limit);
    if (search.fits(limited)) {
      auto [eased, best] = search.ease_back(scale, step, std::move(limited));
      return fitted(document, eased, std::move(best), diagnostics);
    }
    scale = at_limit;
    trial = std::move(limited);
  }
  Trial smallest = search.lay_out(scale);
  take_reports(smallest, diagnostics);
  report_over_budget(document, smallest, scale, diagnostics);
  return {std::move(smallest.pages), scale, describe(scale, document), document.fit->pages};
}

}  // namespace handout
