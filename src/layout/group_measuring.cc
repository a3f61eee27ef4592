#include <algorithm>

#include "layout/block_kinds.h"
#include "layout/page_items.h"
#include "layout/text_units.h"

namespace handout {
namespace {

// The inner blocks' units in one list, the space between two blocks (the larger of the one's
// space after and the next one's space before) added to the height of the first one's last unit.
// Breaks and contents have no place inside a group and are left out.
FlowBlock join_blocks(std::vector<FlowBlock> inner) {
  FlowBlock joined;
  joined.splitting = Splitting::never;
  bool first = true;
  for (FlowBlock& block : inner) {
    if (block.breaks || block.contents) continue;
    if (first) {
      joined.space_before = block.space_before;
    } else {
      joined.units.back().height += std::max(joined.space_after, block.space_before);
    }
    for (FlowUnit& unit : block.units) joined.units.push_back(std::move(unit));
    joined.space_after = block.space_after;
    first = false;
  }
  return joined;
}

// The frame less the callout's padding on each side.
TextArea inside_callout(const CalloutBlock& callout, const TextArea& area) {
  const double padding = std::clamp(callout.padding, 0.0, area.width / 4);
  return {area.left + padding, area.top, area.width - 2 * padding, area.height - 2 * padding};
}

DrawnLine border_line(const CalloutBlock& callout, double x1, double y1, double x2, double y2) {
  return DrawnLine{x1, y1, x2, y2, callout.border_width, *callout.border, false};
}

// One box around a callout's single unit. A callout taller than a frame: each unit gets its strip of the background and of the side
// borders; the first unit the top border, the last the bottom one.
void add_strips(const CalloutBlock& callout, const TextArea& area, std::vector<FlowUnit>& units) {
  if (units.size() == 1) {
    units.front().items.insert(units.front().items.begin(),
                               DrawnBox{area.left, 0, area.width, units.front().height,
                                        callout.background, callout.border, callout.border_width});
    return;
  }
  for (size_t i = 0; i < units.size(); ++i) {
    FlowUnit& unit = units[i];
    std::vector<PageItem> box;
    if (callout.background) {
      box.push_back(DrawnBox{area.left, 0, area.width, unit.height, callout.background, {}, 0});
    }
    if (callout.border) {
      box.push_back(border_line(callout, area.left, 0, area.left, unit.height));
      box.push_back(border_line(callout, area.right(), 0, area.right(), unit.height));
      if (i == 0) box.push_back(border_line(callout, area.left, 0, area.right(), 0));
      if (i + 1 == units.size()) {
        box.push_back(border_line(callout, area.left, unit.height, area.right(), unit.height));
      }
    }
    unit.items.insert(unit.items.begin(), box.begin(), box.end());
  }
}

}  // namespace

FlowBlock measure_block_kind(const GroupBlock& group, const TextArea& area,
                             TypesettingContext& context) {
  return join_blocks(measure_blocks(group.blocks, area, context));
}

FlowBlock measure_block_kind(const CalloutBlock& callout, const TextArea& area,
                             TypesettingContext& context) {
  const TextArea inside = inside_callout(callout, area);
  FlowBlock inner = join_blocks(measure_blocks(callout.blocks, inside, context));
  FlowBlock block;
  block.space_before = callout.space_before;
  block.space_after = callout.space_after;
  if (inner.units.empty()) return block;
  const double padding = inside.left - area.left;
  std::vector<FlowUnit>& units = inner.units;
  move_items(units.front().items, 0, padding);
  for (OutlineEntry& entry : units.front().outline) entry.y += padding;
  units.front().height += padding;
  units.back().height += padding;
  if (height_of(units, units.size()) <= area.height) {
    units = {stack_units(std::move(units))};
  }
  add_strips(callout, area, units);
  block.units = std::move(units);
  return block;
}

}  // namespace handout
