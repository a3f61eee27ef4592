#include "load/template_block_kinds.h"

#include "load/template_block_options_reading.h"

namespace handout {

const std::vector<BlockKindInfo>& block_kinds() {
  using V = BlockValue;
  static const std::vector<BlockKindInfo> kinds = {
      {"title", V::required, {"style"}, {}, read_kind<TitleDef, read_text_block>},
      {"heading", V::required, {"level", "style"}, {}, read_kind<HeadingDef, read_heading>},
      {"paragraph", V::required, {"style"}, {}, read_kind<ParagraphDef, read_text_block>},
      {"figure",
       V::required,
       {"caption", "alt", "width", "height", "max-height", "fit", "placement", "caption-style",
        "bleed"},
       {},
       read_kind<FigureDef, read_figure>},
      {"list", V::required, {"item", "numbered", "style"}, {}, read_kind<ListDef, read_list>},
      {"table",
       V::required,
       {"columns", "header-style", "style", "repeat-header"},
       {},
       read_kind<TableDef, read_table>},
      {"toc", V::none, {"depth", "style"}, {"depth", "style"}, read_kind<TocDef, read_toc>},
      {"page-break", V::optional, {}, {}, read_kind<PageBreakDef, read_page_break>},
      {"column-break", V::none, {}, {}, read_kind<ColumnBreakDef, read_column_break>},
      {"spacer", V::required, {}, {}, read_kind<SpacerDef, read_spacer>},
      {"rule", V::none, {"width", "color"}, {"width", "color"}, read_kind<RuleBlockDef, read_rule>},
      {"callout",
       V::required,
       {"background", "border", "style"},
       {"background", "border", "style", "blocks"},
       read_kind<CalloutDef, read_callout>},
      {"qr-code", V::required, {"size"}, {}, read_kind<QrCodeDef, read_qr_code>},
      {"group", V::required, {}, {}, read_kind<GroupDef, read_group>},
      {"each", V::required, {"as", "blocks"}, {}, read_kind<EachDef, read_each>},
      {"if", V::required, {"blocks", "else"}, {}, read_kind<IfDef, read_condition>},
      {"unless", V::required, {"blocks", "else"}, {}, read_kind<UnlessDef, read_condition>},
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
