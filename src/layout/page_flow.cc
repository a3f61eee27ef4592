#include "layout/page_flow.h"

#include <algorithm>

namespace handout {
namespace {

// Rounding in sums of line heights must not push a unit that fits exactly onto the next page.
constexpr double kFitTolerance = 1e-6;
constexpr size_t kMinLinesPerSide = 2;  // no orphan or widow line
constexpr size_t kMinLinesToSplit = 2 * kMinLinesPerSide;

// A block that no page can hold whole, and that therefore splits wherever it starts.
bool is_taller_than(const FlowBlock& block, double page_height) {
  return height_of(block.units, block.units.size()) > page_height + kFitTolerance;
}

// The height of the first piece of a block that has to share a page with what comes before it
// (or else the block moves on): two lines of a long paragraph, the first unit of a block taller
// than a page (moving it would not make it fit), or else the whole block.
double own_lead(const FlowBlock& block, double page_height) {
  size_t count = block.units.size();
  if (block.splitting == Splitting::between_lines && count >= kMinLinesToSplit) {
    count = kMinLinesPerSide;
  } else if (is_taller_than(block, page_height)) {
    count = 1;
  }
  return height_of(block.units, count);
}

// For each block, its own lead plus, for a heading, the gap and the lead of what it keeps with.
// Computed backwards in one pass so that a run of headings costs no more than one.
std::vector<double> lead_heights(const std::vector<FlowBlock>& blocks, double page_height) {
  std::vector<double> leads(blocks.size());
  for (size_t i = blocks.size(); i-- > 0;) {
    leads[i] = own_lead(blocks[i], page_height);
    if (blocks[i].keeps_with_next && i + 1 < blocks.size()) {
      leads[i] += std::max(blocks[i].space_after, blocks[i + 1].space_before) + leads[i + 1];
    }
  }
  return leads;
}

// The cursor moving down the pages, and the pages it has filled.
class PageFlow {
 public:
  PageFlow(const PageDef& page, const TextArea& area) : page_(page), area_(area) { start_page(); }

  void place_block(FlowBlock& block, double lead) {
    double gap = page_is_empty_ ? 0 : std::max(space_after_previous_, block.space_before);
    if (!page_is_empty_ && !fits(gap + lead)) {
      start_page();
      gap = 0;
    }
    y_ += gap;
    for (size_t next = 0; next < block.units.size();) {
      const size_t take = units_to_take(block, next);
      if (next == 0 && take > 0 && block.outline) record_outline(*block.outline);
      for (size_t i = next; i < next + take; ++i) place_unit(block.units[i]);
      next += take;
      if (next < block.units.size()) start_page();
    }
    space_after_previous_ = block.space_after;
  }

  FlowedPages finish() { return {std::move(pages_), std::move(outline_)}; }

 private:
  bool fits(double height) const { return y_ + height <= area_.bottom() + kFitTolerance; }

  size_t units_that_fit(const FlowBlock& block, size_t first) const {
    double height = 0;
    size_t count = 0;
    for (size_t i = first; i < block.units.size(); ++i, ++count) {
      height += block.units[i].height;
      if (!fits(height)) break;
    }
    return count;
  }

  // How many units from `first` on go on this page: all that remain if they fit; else as many
  // as the block's splitting allows, or none (the block moves on). An empty page takes at least
  // one, so a unit taller than a page cannot stall the flow.
  size_t units_to_take(const FlowBlock& block, size_t first) const {
    const size_t remaining = block.units.size() - first;
    const size_t fit = units_that_fit(block, first);
    if (fit == remaining) return fit;
    size_t take = 0;
    if (block.splitting == Splitting::between_lines && block.units.size() >= kMinLinesToSplit) {
      take = remaining > kMinLinesPerSide ? std::min(fit, remaining - kMinLinesPerSide) : 0;
      if (take < kMinLinesPerSide) take = 0;
    } else if (is_taller_than(block, area_.height)) {
      take = fit;
    }
    if (take == 0 && page_is_empty_) take = std::max<size_t>(fit, 1);
    return take;
  }

  void place_unit(FlowUnit& unit) {
    std::vector<PageItem>& items = pages_.back().items;
    for (PageItem& item : unit.items) {
      if (auto* run = std::get_if<TextRun>(&item)) run->baseline += y_;
      if (auto* image = std::get_if<PlacedImage>(&item)) image->y += y_;
      items.push_back(std::move(item));
    }
    y_ += unit.height;
    page_is_empty_ = false;
  }

  void record_outline(OutlineEntry entry) {
    entry.page_index = pages_.size() - 1;
    entry.y = y_;
    outline_.push_back(std::move(entry));
  }

  void start_page() {
    pages_.push_back({page_.width, page_.height, {}});
    y_ = area_.top;
    page_is_empty_ = true;
  }

  const PageDef& page_;
  const TextArea& area_;
  std::vector<LaidOutPage> pages_;
  std::vector<OutlineEntry> outline_;
  double y_ = 0;  // top of the next unit
  bool page_is_empty_ = true;
  double space_after_previous_ = 0;
};

}  // namespace

FlowedPages flow_pages(std::vector<FlowBlock> blocks, const PageDef& page, const TextArea& area) {
  const std::vector<double> leads = lead_heights(blocks, area.height);
  PageFlow flow(page, area);
  for (size_t i = 0; i < blocks.size(); ++i) flow.place_block(blocks[i], leads[i]);
  return flow.finish();
}

}  // namespace handout
