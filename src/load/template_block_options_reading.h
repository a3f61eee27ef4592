#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "load/template_block_kinds.h"
#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// What reading one block needs: the reader of its file, the template read so far (page and
// styles) and a way to read nested lists of blocks (`blocks:`, `else:`, groups).
struct BlockReading {
  YamlReader& reader;
  const TemplateDef& layout_template;
  std::function<std::vector<BodyBlockDef>(YamlReader&, const YAML::Node&, const std::string&)>
      read_blocks;
};

// One written block, its kind's key and its options checked already (template_body_reading.cc).
struct BlockParts {
  const std::string& kind;  // the kind's name, for messages
  // The value under the kind's key when it is the block's content: none when it is not given
  // (reported already when the kind needs one) or holds the options.
  std::optional<YAML::Node> value;
  MappingReader& options;  // the block's mapping, or its value's when the options are there
};

// The kinds' readers (BlockKindInfo::read): each reads the value, then the options, into its
// kind's struct, whose initial values are the kind's defaults.
template <typename Def, auto read>
BlockBody read_kind(BlockReading& reading, BlockParts* parts) {
  Def def;
  if (parts != nullptr) read(reading, *parts, def);
  return def;
}

void read_text_block(BlockReading& reading, BlockParts& parts, TextDef& block);  // title, paragraph
void read_heading(BlockReading& reading, BlockParts& parts, HeadingDef& heading);
void read_figure(BlockReading& reading, BlockParts& parts, FigureDef& figure);
void read_list(BlockReading& reading, BlockParts& parts, ListDef& list);
void read_table(BlockReading& reading, BlockParts& parts, TableDef& table);
void read_toc(BlockReading& reading, BlockParts& parts, TocDef& toc);
void read_page_break(BlockReading& reading, BlockParts& parts, PageBreakDef& page_break);
void read_column_break(BlockReading& reading, BlockParts& parts, ColumnBreakDef& column_break);
void read_spacer(BlockReading& reading, BlockParts& parts, SpacerDef& spacer);
void read_rule(BlockReading& reading, BlockParts& parts, RuleBlockDef& rule);
void read_callout(BlockReading& reading, BlockParts& parts, CalloutDef& callout);
void read_qr_code(BlockReading& reading, BlockParts& parts, QrCodeDef& qr_code);
void read_group(BlockReading& reading, BlockParts& parts, GroupDef& group);
void read_each(BlockReading& reading, BlockParts& parts, EachDef& each);
void read_condition(BlockReading& reading, BlockParts& parts,
                    ConditionDef& condition);  // if, unless

}  // namespace handout
