#include "bind/style_defaults.h"

#include "bind/style_resolving.h"

namespace handout {

std::vector<std::string> default_style_names(BodyBlockKind kind, int level) {
  switch (kind) {
    case BodyBlockKind::title:
      return {"title", "body"};
    case BodyBlockKind::heading:
      return {"heading-" + std::to_string(level), "heading", "body"};
    case BodyBlockKind::figure:
      return {"caption", "body"};
    case BodyBlockKind::list:
      return {"list", "body"};
    case BodyBlockKind::table:
      return {"table", "body"};
    case BodyBlockKind::toc:
      return {"toc", "body"};
    case BodyBlockKind::callout:
      return {"callout", "body"};
    default:
      return {"body"};
  }
}

const TextStyle& StyleCache::named(const std::string& name) {
  auto found = styles_.find(name);
  if (found == styles_.end()) {
    found = styles_.emplace(name, resolve_style(template_, name, diagnostics_)).first;
  }
  return found->second;
}

const TextStyle& StyleCache::chosen(const std::string& explicit_name,
                                    const std::vector<std::string>& fallbacks) {
  if (!explicit_name.empty()) return named(explicit_name);
  for (const std::string& name : fallbacks) {
    if (defines(name)) return named(name);
  }
  // The loader requires a 'body' style; resolving it reports the internal error otherwise.
  return named("body");
}

TextStyle StyleCache::bold(const TextStyle& style) const {
  TextStyle made_bold = style;
  made_bold.bold = true;
  const FontChoice& face = style.italic ? style.faces.bold_italic : style.faces.bold;
  if (!face.file.empty()) made_bold.font_file = face.file;
  return made_bold;
}

}  // namespace handout
