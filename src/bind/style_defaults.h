#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/doc_tree.h"
#include "model/template_model.h"

namespace handout {

// The style names a block of `kind` tries when it names none, in order (docs/templates.md,
// "styles"): title -> title, body; heading level N -> heading-N, heading, body; list -> list,
// body; table -> table, body; toc -> toc, body; callout -> callout, body; others -> body.
std::vector<std::string> default_style_names(BodyBlockKind kind, int level);

// The template's styles resolved for layout, each once (so a problem with one is reported once).
class StyleCache {
 public:
  StyleCache(const TemplateDef& layout_template, Diagnostics& diagnostics)
      : template_(layout_template), diagnostics_(diagnostics) {}

  const TextStyle& named(const std::string& name);
  // `explicit_name` when given, else the first of `fallbacks` the template defines.
  const TextStyle& chosen(const std::string& explicit_name,
                          const std::vector<std::string>& fallbacks);
  bool defines(const std::string& name) const { return template_.styles.contains(name); }
  // The style made bold: a table's header without a style of its own.
  TextStyle bold(const TextStyle& style) const;

 private:
  const TemplateDef& template_;
  Diagnostics& diagnostics_;
  std::map<std::string, TextStyle> styles_;
};

}  // namespace handout
