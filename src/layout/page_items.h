#pragma once

#include <vector>

#include "model/page_layout.h"

namespace handout {

// Moves an item by (dx, dy): measured pieces are placed by moving them onto the page.
void move_item(PageItem& item, double dx, double dy);
void move_items(std::vector<PageItem>& items, double dx, double dy);

}  // namespace handout
