#include "write/internal_links.h"

#include <string>

#include "write/link_annotation.h"

namespace handout {
namespace {

bool add_internal_link(LibharuSession& session, const WrittenPage& page, const LinkArea& link,
                       const std::vector<WrittenPage>& pages) {
  if (link.target_page >= pages.size()) {
    session.fail("a link points to page " + std::to_string(link.target_page + 1) + " of " +
                 std::to_string(pages.size()));
    return false;
  }
  session.set_activity("adding the link to page " + std::to_string(link.target_page + 1));
  const std::optional<HPDF_Rect> area = annotation_area(link, page);
  if (!area) return true;
  HPDF_Destination destination = place_on_page(session, pages[link.target_page], link.target_y);
  HPDF_Annotation annotation =
      destination == nullptr
          ? nullptr
          : session.check(HPDF_Page_CreateLinkAnnot(page.page, *area, destination));
  return annotation != nullptr && session.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0));
}

}  // namespace

bool add_internal_links(LibharuSession& session, const std::vector<LaidOutPage>& laid_out,
                        const std::vector<WrittenPage>& pages) {
  for (size_t index = 0; index < laid_out.size() && index < pages.size(); ++index) {
    for (const PageItem& item : laid_out[index].items) {
      const auto* link = std::get_if<LinkArea>(&item);
      if (link == nullptr || !link->url.empty()) continue;
      if (!add_internal_link(session, pages[index], *link, pages)) return false;
    }
  }
  return true;
}

}  // namespace handout
