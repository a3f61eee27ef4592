#include "impose/page_placement.h"

#include "layout/page_items.h"

namespace handout {
namespace {

ClipBegin clip_for(const LaidOutPage& page, const PagePlacement& placement) {
  const Reach& reach = placement.reach;
  return {placement.x - reach.left, placement.y - reach.top, page.width + reach.left + reach.right,
          page.height + reach.top + reach.bottom};
}

void retarget(LinkArea& link, const std::vector<PagePlacement>& placements) {
  if (!link.url.empty() || link.target_page >= placements.size()) return;
  const PagePlacement& target = placements[link.target_page];
  link.target_page = target.sheet;
  link.target_y += target.y;
}

}  // namespace

// Re-laid rather than drawn as form XObjects: a sheet is then a page like any other, so the
// writer, its link annotations and its bookmarks need nothing new, and tests read sheets as
// they read pages. A form would still need every annotation moved by hand.
void place_page(LaidOutPage page, const PagePlacement& placement,
                const std::vector<PagePlacement>& placements, LaidOutPage& sheet) {
  if (page.items.empty()) return;
  sheet.items.reserve(sheet.items.size() + page.items.size() + 2);
  sheet.items.push_back(clip_for(page, placement));
  for (PageItem& item : page.items) {
    move_item(item, placement.x, placement.y);
    if (auto* link = std::get_if<LinkArea>(&item)) retarget(*link, placements);
    sheet.items.push_back(std::move(item));
  }
  sheet.items.push_back(ClipEnd{});
}

std::vector<OutlineEntry> placed_outline(std::vector<OutlineEntry> outline,
                                         const std::vector<PagePlacement>& placements) {
  for (OutlineEntry& entry : outline) {
    if (entry.page_index >= placements.size()) continue;
    const PagePlacement& placement = placements[entry.page_index];
    entry.page_index = placement.sheet;
    entry.y += placement.y;
  }
  return outline;
}

}  // namespace handout
