#pragma once

#include <string>
#include <vector>

#include "model/template_model.h"

namespace handout {

// The style names a block tries when it names none, in order (docs/templates.md, "styles"):
// title -> title, body; heading level N -> heading-N, heading, body; figure caption -> caption,
// body; list -> list, body; table -> table, body; toc -> toc, body; callout -> callout, body;
// paragraph -> body. The loader checks one of them exists; the binder picks it. The kinds that
// set no text have none.
inline std::vector<std::string> default_style_names(const TitleDef&) { return {"title", "body"}; }
inline std::vector<std::string> default_style_names(const ParagraphDef&) { return {"body"}; }
inline std::vector<std::string> default_style_names(const HeadingDef& heading) {
  return {"heading-" + std::to_string(heading.level), "heading", "body"};
}
inline std::vector<std::string> default_style_names(const FigureDef&) {
  return {"caption", "body"};
}
inline std::vector<std::string> default_style_names(const ListDef&) { return {"list", "body"}; }
inline std::vector<std::string> default_style_names(const TableDef&) { return {"table", "body"}; }
inline std::vector<std::string> default_style_names(const TocDef&) { return {"toc", "body"}; }
inline std::vector<std::string> default_style_names(const CalloutDef&) {
  return {"callout", "body"};
}

// A kind that sets text, and so needs a style.
template <typename Def>
concept SetsText = requires(const Def& def) {
  default_style_names(def);
};

// The style a block names for its text (a figure's for its caption); empty: none.
inline const std::string& named_style(const FigureDef& figure) { return figure.caption_style; }
template <SetsText Def>
const std::string& named_style(const Def& def) {
  return def.style;
}

}  // namespace handout
