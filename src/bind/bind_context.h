#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "bind/data_scope.h"
#include "bind/expansion_budget.h"
#include "bind/interpolation.h"
#include "bind/style_defaults.h"
#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/data_model.h"
#include "model/inline_text.h"
#include "model/template_model.h"

namespace handout {

// What binding one document needs at every block: the inputs, the data in scope, the
// interpolator, the styles resolved so far and the budget everything made counts against.
struct BindContext {
  BindContext(const HandoutData& data, const TemplateDef& layout_template, Diagnostics& diagnostics,
              const ResourceLimits& limits)
      : data(data),
        layout_template(layout_template),
        diagnostics(diagnostics),
        scope(data.tree),
        budget(limits, diagnostics),
        interpolator(layout_template.contract.declared, diagnostics, budget),
        styles(layout_template, diagnostics) {}

  const HandoutData& data;
  const TemplateDef& layout_template;
  Diagnostics& diagnostics;
  DataScope scope;
  ExpansionBudget budget;
  Interpolator interpolator;
  StyleCache styles;

  TextValue fill(const TextValue& text) { return interpolator.interpolate(text, scope); }

  // Counts one more piece of the document made at `where` (see ExpansionBudget): false once
  // past the limit, which is reported once.
  bool take_piece(ExpansionBudget::Piece piece, const SourceLocation& where) {
    return budget.take_piece(piece, where);
  }

  // A filled text's inline markup as runs: each mark of the markup counts as a piece, as it is
  // read, and each link address a run carries as text, since markup can split a short text
  // into many runs. `where` is the template value the text was filled from.
  InlineText markup(const TextValue& filled, const SourceLocation& where);
  // The same, one per paragraph; each paragraph after the first is a block, counted as it is
  // parsed.
  std::vector<InlineText> markup_paragraphs(const TextValue& filled, const SourceLocation& where);

  // Whether `message` at `where` is said for the first time in this document: a template
  // block's problem would otherwise be repeated for every element of a loop around it.
  bool first_time(const SourceLocation& where, std::string_view message);

 private:
  // The same markup warning at the same place is given once: a template text's problem would
  // otherwise be repeated for every element of a loop.
  void report_markup_warnings(const Diagnostics& found);

  std::set<std::string> reported_;
};

}  // namespace handout
