#include "layout/page_items.h"

namespace handout {
namespace {

struct ItemMover {
  double dx;
  double dy;

  void operator()(TextRun& run) const {
    run.x += dx;
    run.baseline += dy;
  }
  void operator()(PlacedImage& image) const { move_corner(image); }
  void operator()(LinkArea& link) const { move_corner(link); }
  void operator()(DrawnBox& box) const { move_corner(box); }
  void operator()(ClipBegin& clip) const { move_corner(clip); }
  void operator()(ClipEnd&) const {}
  void operator()(DrawnLine& line) const {
    line.x1 += dx;
    line.x2 += dx;
    line.y1 += dy;
    line.y2 += dy;
  }

  template <typename Cornered>
  void move_corner(Cornered& item) const {
    item.x += dx;
    item.y += dy;
  }
};

}  // namespace

void move_item(PageItem& item, double dx, double dy) { std::visit(ItemMover{dx, dy}, item); }

void move_items(std::vector<PageItem>& items, double dx, double dy) {
  for (PageItem& item : items) move_item(item, dx, dy);
}

}  // namespace handout
