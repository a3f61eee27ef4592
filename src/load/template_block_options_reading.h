#pragma once

#include <functional>
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

// The value under the block's kind key: its text, data path, length or nested blocks. A mapping
// value of `toc`, `rule` and `callout` holds the options.
void read_block_value(BlockReading& reading, const BlockKindInfo& info, const YAML::Node& value,
                      BodyBlockDef& block);

// The kinds' option readers (BlockKindInfo::read_options): each reads its kind's other keys,
// beside the kind's key or inside its mapping value, and sets the kind's defaults.
void read_no_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_styled_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_heading_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_figure_block_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_list_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_table_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_toc_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_rule_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_qr_code_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_callout_block_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
void read_each_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);
// if and unless
void read_condition_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);

// A rule's width and colour when it gives none (also for a bare `- rule`).
void set_rule_defaults(BodyBlockDef& block);

}  // namespace handout
