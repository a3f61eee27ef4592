#include "load/template_block_kinds.h"

#include "load/template_block_options_reading.h"

namespace handout {

const std::vector<BlockKindInfo>& block_kinds() {
  using K = BodyBlockKind;
  static const std::vector<BlockKindInfo> kinds = {
      {"title", K::title, false, {"style"}, read_styled_options},
      {"heading", K::heading, false, {"level", "style"}, read_heading_options},
      {"paragraph", K::paragraph, false, {"style"}, read_styled_options},
      {"figure",
       K::figure,
       false,
       {"caption", "alt", "width", "height", "max-height", "fit", "placement", "caption-style",
        "bleed"},
       read_figure_block_options},
      {"list", K::list, false, {"item", "numbered", "style"}, read_list_options},
      {"table",
       K::table,
       false,
       {"columns", "header-style", "style", "repeat-header"},
       read_table_options},
      {"toc", K::toc, true, {"depth", "style"}, read_toc_options},
      {"page-break", K::page_break, true, {}, read_no_options},
      {"column-break", K::column_break, true, {}, read_no_options},
      {"spacer", K::spacer, false, {}, read_no_options},
      {"rule", K::rule, true, {"width", "color"}, read_rule_options},
      {"callout", K::callout, false, {"background", "border", "style"}, read_callout_block_options},
      {"qr-code", K::qr_code, false, {"size"}, read_qr_code_options},
      {"group", K::group, false, {}, read_no_options},
      {"each", K::each, false, {"as", "blocks"}, read_each_options},
      {"if", K::if_, false, {"blocks", "else"}, read_condition_options},
      {"unless", K::unless, false, {"blocks", "else"}, read_condition_options},
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
