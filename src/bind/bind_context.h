#pragma once

#include <cstdint>
#include <string>

#include "bind/data_scope.h"
#include "bind/interpolation.h"
#include "bind/style_defaults.h"
#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/data_model.h"
#include "model/template_model.h"

namespace handout {

// What binding one document needs at every block: the inputs, the data in scope, the
// interpolator and the styles resolved so far.
struct BindContext {
  BindContext(const HandoutData& data, const TemplateDef& layout_template, Diagnostics& diagnostics,
              uint64_t max_pieces)
      : data(data),
        layout_template(layout_template),
        diagnostics(diagnostics),
        scope(data.tree),
        interpolator(layout_template.contract.declared, diagnostics),
        styles(layout_template, diagnostics),
        max_pieces(max_pieces) {}

  const HandoutData& data;
  const TemplateDef& layout_template;
  Diagnostics& diagnostics;
  DataScope scope;
  Interpolator interpolator;
  StyleCache styles;

  TextValue fill(const TextValue& text) { return interpolator.interpolate(text, scope); }

  // Counts one more piece of the document (a block, a list entry, a table row, an element an
  // `each` goes through): nested `each` blocks multiply, so a small template and a small data
  // file can make billions. False once past the limit, which is reported once, at `where`.
  bool take_piece(const SourceLocation& where);

  uint64_t max_pieces;
  uint64_t pieces = 0;
};

}  // namespace handout
