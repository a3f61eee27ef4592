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

// The kind's other keys, beside the kind's key or inside its mapping value.
void read_block_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block);

}  // namespace handout
