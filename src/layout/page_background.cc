#include "layout/page_background.h"

namespace handout {

void add_page_backgrounds(const PageDef& page, std::vector<LaidOutPage>& pages) {
  if (!page.background) return;
  for (LaidOutPage& laid_out : pages) {
    const double bleed = laid_out.bleed;
    DrawnBox fill{
        -bleed,          -bleed,      laid_out.width + 2 * bleed, laid_out.height + 2 * bleed,
        page.background, std::nullopt};
    laid_out.items.insert(laid_out.items.begin(), fill);
  }
}

}  // namespace handout
