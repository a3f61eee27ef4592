#include "bind/contents_counting.h"

#include <algorithm>
#include <array>
#include <vector>

namespace handout {
namespace {

constexpr int kDeepestLevel = 3;  // headings have levels 1 to 3

// The headings of a list of blocks by level, with their text, and the toc blocks.
struct Contents {
  std::array<uint64_t, kDeepestLevel + 1> headings{};  // by level
  std::array<uint64_t, kDeepestLevel + 1> bytes{};
  std::vector<const TocBlock*> tocs;

  void add(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (const auto* heading = std::get_if<HeadingBlock>(&block)) {
        const size_t level = static_cast<size_t>(std::clamp(heading->outline_level, 1, 3));
        ++headings[level];
        bytes[level] += heading->text.size();
      } else if (const auto* toc = std::get_if<TocBlock>(&block)) {
        tocs.push_back(toc);
      } else if (const auto* group = std::get_if<GroupBlock>(&block)) {
        add(group->blocks);
      } else if (const auto* callout = std::get_if<CalloutBlock>(&block)) {
        add(callout->blocks);
      }
    }
  }
};

}  // namespace

void count_contents_entries(const DocTree& tree, ExpansionBudget& budget) {
  Contents contents;
  contents.add(tree.blocks);
  contents.add(tree.back_blocks);
  for (const TocBlock* toc : contents.tocs) {
    uint64_t entries = 0;
    uint64_t bytes = 0;
    for (int level = 1; level <= std::min(toc->depth, kDeepestLevel); ++level) {
      entries += contents.headings[static_cast<size_t>(level)];
      bytes += contents.bytes[static_cast<size_t>(level)];
    }
    if (!budget.take_pieces(ExpansionBudget::Piece::contents_entry, entries, toc->where) ||
        !budget.take_text(bytes, toc->where)) {
      return;
    }
  }
}

}  // namespace handout
