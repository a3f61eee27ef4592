#pragma once

#include <vector>

#include "bind/bind_context.h"
#include "model/doc_tree.h"

namespace handout {

// Binds template blocks in order into document blocks: `each` repeats its blocks per element,
// `if`/`unless` choose theirs, groups and callouts hold theirs.
void bind_blocks(BindContext& context, const std::vector<BodyBlockDef>& blocks,
                 std::vector<Block>& out);

}  // namespace handout
