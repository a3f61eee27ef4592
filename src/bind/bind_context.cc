#include "bind/bind_context.h"

namespace handout {

bool BindContext::take_piece(const SourceLocation& where) {
  if (pieces > max_pieces) return false;
  if (++pieces <= max_pieces) return true;
  diagnostics.error(
      where,
      "the template makes more than " + std::to_string(max_pieces) +
          " blocks, list entries and table rows from this data (each element an "
          "'each' goes through counting too)",
      {"check for 'each' blocks inside each other", raise_limit_hint(kMaxBlocksOption)});
  return false;
}

}  // namespace handout
