#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/template_model.h"

namespace handout {

// What the body language knows about each kind of block: its name in YAML, whether it may be
// written as a bare name (`- page-break`), and the keys it takes besides its own.
struct BlockKindInfo {
  std::string name;
  BodyBlockKind kind;
  bool bare = false;
  std::vector<std::string> options;
};

const std::vector<BlockKindInfo>& block_kinds();
const BlockKindInfo* find_block_kind(std::string_view name);
std::vector<std::string> block_kind_names();

}  // namespace handout
