#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "model/style_defaults.h"
#include "model/template_model.h"

namespace handout {

// The template's styles resolved for layout, each once (so a problem with one is reported once).
class StyleCache {
 public:
  StyleCache(const TemplateDef& layout_template, Diagnostics& diagnostics)
      : template_(layout_template), diagnostics_(diagnostics) {}

  // Every block of a style shares the one value returned.
  const StyleRef& named(const std::string& name);
  // `explicit_name` when given, else the first of `fallbacks` the template defines.
  const StyleRef& chosen(const std::string& explicit_name,
                         const std::vector<std::string>& fallbacks);
  bool defines(const std::string& name) const { return template_.styles.contains(name); }
  // The style made bold: a table's header without a style of its own.
  const StyleRef& bold(const StyleRef& style);

 private:
  const TemplateDef& template_;
  Diagnostics& diagnostics_;
  std::map<std::string, StyleRef> styles_;
  std::map<const void*, StyleRef> bold_styles_;  // by the identity of the style made bold
};

}  // namespace handout
