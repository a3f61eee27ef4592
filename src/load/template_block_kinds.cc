#include "load/template_block_kinds.h"

namespace handout {

const std::vector<BlockKindInfo>& block_kinds() {
  using K = BodyBlockKind;
  static const std::vector<BlockKindInfo> kinds = {
      {"title", K::title, false, {"style"}},
      {"heading", K::heading, false, {"level", "style"}},
      {"paragraph", K::paragraph, false, {"style"}},
      {"figure",
       K::figure,
       false,
       {"caption", "alt", "width", "height", "max-height", "fit", "placement", "caption-style",
        "bleed"}},
      {"list", K::list, false, {"item", "numbered", "style"}},
      {"table", K::table, false, {"columns", "header-style", "style", "repeat-header"}},
      {"toc", K::toc, true, {"depth", "style"}},
      {"page-break", K::page_break, true, {}},
      {"column-break", K::column_break, true, {}},
      {"spacer", K::spacer, false, {}},
      {"rule", K::rule, true, {"width", "color"}},
      {"callout", K::callout, false, {"background", "border", "style"}},
      {"qr-code", K::qr_code, false, {"size"}},
      {"group", K::group, false, {}},
      {"each", K::each, false, {"as", "blocks"}},
      {"if", K::if_, false, {"blocks", "else"}},
      {"unless", K::unless, false, {"blocks", "else"}},
  };
  return kinds;
}

const BlockKindInfo* find_block_kind(std::string_view name) {
  for (const BlockKindInfo& info : block_kinds()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::vector<std::string> block_kind_names() {
  std::vector<std::string> names;
  for (const BlockKindInfo& info : block_kinds()) names.push_back(info.name);
  names.push_back("include");
  return names;
}

}  // namespace handout
