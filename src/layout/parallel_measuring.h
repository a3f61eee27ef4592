#pragma once

#include <cstddef>
#include <vector>

#include "model/doc_tree.h"

namespace handout {

// Paragraphs are set independently of each other, so the blocks can be measured in contiguous
// chunks on several threads and the results joined in document order.

// About how long a block takes to set: the bytes of its text, plus a little for the block.
size_t text_weight(const Block& block);

// A contiguous run of blocks: [begin, end).
struct BlockRange {
  size_t begin = 0;
  size_t end = 0;
};

// Splits the blocks into at most `parts` non-empty contiguous ranges of about equal text weight,
// covering them all in order. No blocks give no ranges.
std::vector<BlockRange> split_by_text_weight(const std::vector<Block>& blocks, size_t parts);

// How many threads to measure the blocks on: `requested` when it is not 0; else 1 for a document
// too short to pay for starting threads, and the hardware's thread count (at most 8) otherwise.
unsigned measuring_threads(const std::vector<Block>& blocks, unsigned requested);

}  // namespace handout
