#pragma once

#include <string>

#include "bind/data_scope.h"
#include "bind/interpolation.h"
#include "bind/style_defaults.h"
#include "core/diagnostic.h"
#include "model/data_model.h"
#include "model/template_model.h"

namespace handout {

// What binding one document needs at every block: the inputs, the data in scope, the
// interpolator and the styles resolved so far.
struct BindContext {
  BindContext(const HandoutData& data, const TemplateDef& layout_template, Diagnostics& diagnostics)
      : data(data),
        layout_template(layout_template),
        diagnostics(diagnostics),
        scope(data.tree),
        interpolator(layout_template.contract.declared, diagnostics),
        styles(layout_template, diagnostics) {}

  const HandoutData& data;
  const TemplateDef& layout_template;
  Diagnostics& diagnostics;
  DataScope scope;
  Interpolator interpolator;
  StyleCache styles;

  TextValue fill(const TextValue& text) { return interpolator.interpolate(text, scope); }
};

}  // namespace handout
