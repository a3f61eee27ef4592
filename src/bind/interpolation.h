#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "bind/data_scope.h"
#include "bind/expansion_budget.h"
#include "core/diagnostic.h"
#include "core/template_tags.h"
#include "model/text_value.h"

namespace handout {

// Fills the {{tags}} of template texts from the data in scope (docs/templates.md,
// "Interpolation") as mustache does, escaping off (see expand_tags), counting what it makes
// against the document's budget: each text every time it is filled, and what its tags add. A
// text that is exactly one tag keeps the data value's own positions, so markup warnings point
// into the data file.
class Interpolator {
 public:
  // A path missing from the data is empty text when the template's contract is declared (the
  // loader checked it names a declared, optional field); otherwise it is an error at the tag.
  Interpolator(bool contract_declared, Diagnostics& diagnostics, ExpansionBudget& budget)
      : contract_declared_(contract_declared), diagnostics_(diagnostics), budget_(budget) {}

  // Empty text once the budget is spent.
  TextValue interpolate(const TextValue& text, const DataScope& scope);
  // For running headers and footers: {{page}}, {{pages}} and {{section}} stay for layout.
  TextValue interpolate_running(const TextValue& text, const DataScope& scope);

  // At most this many tags are reported as naming data that is missing; then how many more.
  static constexpr size_t kMostMissingPaths = 20;
  // Reports how many missing paths were left out, if any, at `where` (the template).
  void finish(const SourceLocation& where);

 private:
  TextValue fill(const TextValue& text, const DataScope& scope, bool keep_layout_placeholders);
  void report_missing_paths(const TextValue& text, const std::vector<TemplateTag>& tags,
                            const DataScope& scope, bool keep_layout_placeholders);

  bool contract_declared_;
  Diagnostics& diagnostics_;
  ExpansionBudget& budget_;
  // Tags reported missing already (by position and path), so a tag inside `each` is reported
  // once, not once per element.
  std::set<std::pair<std::string, std::string>> reported_;
  size_t missing_paths_left_out_ = 0;
};

}  // namespace handout
