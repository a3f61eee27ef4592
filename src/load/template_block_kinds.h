#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/template_model.h"

namespace handout {

struct BlockReading;
struct BlockParts;

// Reads one block of a kind into that kind's struct (template_block_options_reading.h). `parts`
// is null for a bare name (`- page-break`): the block is the kind's defaults.
using BlockReader = BlockBody (*)(BlockReading&, BlockParts*);

// Whether the value under a kind's key is its content (`heading: Contents`).
enum class BlockValue {
  required,  // `- title: ...`
  optional,  // `- page-break` or `- page-break: right`
  none,      // a bare name (`- column-break`), or the options as a mapping (`- toc: {depth: 3}`)
};

// What the body language knows about each kind of block: its name in YAML, its value, the keys
// it takes besides its own (its options), and its reader. A kind whose `value_options` are not
// empty takes its options inside a mapping value too (`- rule: {width: 2pt}`); those are the keys
// such a mapping may have.
struct BlockKindInfo {
  std::string name;
  BlockValue value = BlockValue::required;
  std::vector<std::string> options;
  std::vector<std::string> value_options;
  BlockReader read = nullptr;

  // Written as a bare name (`- page-break`).
  bool bare() const { return value != BlockValue::required; }
};

const std::vector<BlockKindInfo>& block_kinds();
const BlockKindInfo* find_block_kind(std::string_view name);
std::vector<std::string> block_kind_names();

}  // namespace handout
