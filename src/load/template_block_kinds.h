#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/template_model.h"

namespace handout {

struct BlockReading;
class MappingReader;

// Reads a kind's keys besides its own (its options) into a block of that kind, with the kind's
// defaults for those not given (see template_block_options_reading.h).
using BlockOptionsReader = void (*)(BlockReading&, MappingReader&, BodyBlockDef&);

// What the body language knows about each kind of block: its name in YAML, whether it may be
// written as a bare name (`- page-break`), the keys it takes besides its own, and their reader.
struct BlockKindInfo {
  std::string name;
  BodyBlockKind kind;
  bool bare = false;
  std::vector<std::string> options;
  BlockOptionsReader read_options = nullptr;
};

const std::vector<BlockKindInfo>& block_kinds();
const BlockKindInfo* find_block_kind(std::string_view name);
std::vector<std::string> block_kind_names();

}  // namespace handout
