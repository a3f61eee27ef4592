#pragma once

#include <string>
#include <vector>

#include "model/template_model.h"

namespace handout {

// The style names a block of `kind` tries when it names none, in order (docs/templates.md,
// "styles"): title -> title, body; heading level N -> heading-N, heading, body; figure caption
// -> caption, body; list -> list, body; table -> table, body; toc -> toc, body; callout ->
// callout, body; others -> body. The loader checks one of them exists; the binder picks it.
inline std::vector<std::string> default_style_names(BodyBlockKind kind, int level) {
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

}  // namespace handout
