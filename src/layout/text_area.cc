#include "layout/text_area.h"

#include <algorithm>

namespace handout {

TextArea text_area_of(const PageDef& page) {
  TextArea area;
  area.left = page.margin_left;
  area.top = page.margin_top;
  area.width = std::max(0.0, page.width - page.margin_left - page.margin_right);
  area.height = std::max(0.0, page.height - page.margin_top - page.margin_bottom);
  return area;
}

}  // namespace handout
