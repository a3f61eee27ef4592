#include "bind/paragraph_size_check.h"

#include <string>
#include <variant>

namespace handout {
namespace {

uint64_t text_bytes(const InlineText& text) {
  uint64_t bytes = 0;
  for (const InlineSpan& span : text.spans) bytes += span.text.size();
  return bytes;
}

// Walks every piece of text of the blocks, groups and callouts included, until one is too long.
class ParagraphSizes {
 public:
  ParagraphSizes(const ResourceLimits& limits, Diagnostics& diagnostics)
      : limits_(limits), diagnostics_(diagnostics) {}

  bool fit(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (!std::visit([this](const auto& kind) { return fits(kind); }, block)) return false;
    }
    return true;
  }

 private:
  bool fits(const HeadingBlock& heading) { return fits(heading.content, heading.where); }
  bool fits(const ParagraphBlock& paragraph) { return fits(paragraph.content, paragraph.where); }
  bool fits(const FigureBlock& figure) { return fits(figure.caption_content, figure.where); }
  bool fits(const ListBlock& list) {
    for (const ListEntry& entry : list.entries) {
      if (!fits(entry.content, entry.where)) return false;
    }
    return true;
  }
  bool fits(const TableBlock& table) {
    for (const InlineText& cell : table.header) {
      if (!fits(cell, table.where)) return false;
    }
    for (const std::vector<InlineText>& row : table.rows) {
      for (const InlineText& cell : row) {
        if (!fits(cell, table.where)) return false;
      }
    }
    return true;
  }
  bool fits(const GroupBlock& group) { return fit(group.blocks); }
  bool fits(const CalloutBlock& callout) { return fit(callout.blocks); }
  template <typename Other>
  bool fits(const Other&) {
    return true;
  }

  bool fits(const InlineText& text, const SourceLocation& where) {
    const uint64_t bytes = text_bytes(text);
    if (bytes <= limits_.max_paragraph_bytes) return true;
    diagnostics_.error(where,
                       "this text is set as one paragraph of " + size_in_words(bytes) +
                           ", more than the " + size_in_words(limits_.max_paragraph_bytes) +
                           " handout sets as one",
                       {"a blank line in the text starts a new paragraph",
                        raise_limit_hint(kMaxParagraphSizeOption, "SIZE")});
    return false;
  }

  const ResourceLimits& limits_;
  Diagnostics& diagnostics_;
};

}  // namespace

void check_paragraph_sizes(const DocTree& document, const ResourceLimits& limits,
                           Diagnostics& diagnostics) {
  ParagraphSizes sizes(limits, diagnostics);
  if (sizes.fit(document.blocks)) sizes.fit(document.back_blocks);
}

}  // namespace handout
