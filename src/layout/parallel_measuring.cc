#include "layout/parallel_measuring.h"

#include "core/worker_pool.h"

namespace handout {
namespace {

// Setting a block costs something besides its text (styles, the line breaker's set-up).
constexpr size_t kWeightPerBlock = 64;

// Below this much text (about two pages), starting a thread costs about what it saves. The
// bundled example, twice as heavy, measured about 1 ms faster on two threads than on one.
constexpr size_t kMinParallelWeight = 4 * 1024;

size_t inline_weight(const InlineText& text) {
  size_t weight = 0;
  for (const InlineSpan& span : text.spans) weight += span.text.size();
  return weight;
}

struct BlockWeight {
  size_t operator()(const HeadingBlock& heading) const { return inline_weight(heading.content); }
  size_t operator()(const ParagraphBlock& paragraph) const {
    return inline_weight(paragraph.content);
  }
  size_t operator()(const FigureBlock& figure) const {
    return inline_weight(figure.caption_content);
  }
  size_t operator()(const ListBlock& list) const {
    size_t weight = 0;
    for (const ListEntry& entry : list.entries) weight += inline_weight(entry.content);
    return weight;
  }
  size_t operator()(const TableBlock& table) const {
    size_t weight = 0;
    for (const InlineText& cell : table.header) weight += inline_weight(cell);
    for (const auto& row : table.rows) {
      for (const InlineText& cell : row) weight += inline_weight(cell);
    }
    return weight;
  }
  size_t operator()(const GroupBlock& group) const { return nested_weight(group.blocks); }
  size_t operator()(const CalloutBlock& callout) const { return nested_weight(callout.blocks); }
  // Contents, breaks, spacers, rules and QR codes set little or no text of their own.
  template <typename Other>
  size_t operator()(const Other&) const {
    return 0;
  }

 private:
  size_t nested_weight(const std::vector<Block>& blocks) const {
    size_t weight = 0;
    for (const Block& block : blocks) weight += std::visit(*this, block);
    return weight;
  }
};

size_t total_weight(const std::vector<Block>& blocks) {
  size_t total = 0;
  for (const Block& block : blocks) total += text_weight(block);
  return total;
}

}  // namespace

size_t text_weight(const Block& block) {
  return kWeightPerBlock + std::visit(BlockWeight{}, block);
}

// Each range ends at the first block that takes the running weight to its share of the total,
// so the ranges differ from an equal share by less than one block.
std::vector<BlockRange> split_by_text_weight(const std::vector<Block>& blocks, size_t parts) {
  std::vector<BlockRange> ranges;
  if (blocks.empty() || parts == 0) return ranges;
  const size_t total = total_weight(blocks);
  size_t running = 0;
  size_t begin = 0;
  for (size_t index = 0; index < blocks.size(); ++index) {
    running += text_weight(blocks[index]);
    // Share boundary of range k: total * (k + 1) / parts, computed without overflow concerns for
    // any realistic document (weights are bytes of text).
    if (running * parts >= total * (ranges.size() + 1) || index + 1 == blocks.size()) {
      ranges.push_back({begin, index + 1});
      begin = index + 1;
    }
  }
  return ranges;
}

unsigned measuring_threads(const std::vector<Block>& blocks, unsigned requested) {
  if (requested != 0) return requested;
  if (total_weight(blocks) < kMinParallelWeight) return 1;
  return worker_count(0);
}

}  // namespace handout
