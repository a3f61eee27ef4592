#include "bind/style_defaults.h"

#include "bind/style_resolving.h"

namespace handout {

const StyleRef& StyleCache::named(const std::string& name) {
  auto found = styles_.find(name);
  if (found == styles_.end()) {
    found = styles_.emplace(name, resolve_style(template_, name, diagnostics_)).first;
  }
  return found->second;
}

const StyleRef& StyleCache::chosen(const std::string& explicit_name,
                                   const std::vector<std::string>& fallbacks) {
  if (!explicit_name.empty()) return named(explicit_name);
  for (const std::string& name : fallbacks) {
    if (defines(name)) return named(name);
  }
  // The loader requires a 'body' style; resolving it reports the internal error otherwise.
  return named("body");
}

const StyleRef& StyleCache::bold(const StyleRef& style) {
  auto [found, inserted] = bold_styles_.try_emplace(style.identity());
  if (!inserted) return found->second;
  TextStyle made_bold = style;
  made_bold.bold = true;
  const FontChoice& face = style->italic ? style->faces.bold_italic : style->faces.bold;
  if (!face.file.empty()) made_bold.font_file = face.file;
  found->second = std::move(made_bold);
  return found->second;
}

}  // namespace handout
