#include "write/link_annotation.h"

#include <algorithm>

#include "core/percent_encoding.h"

namespace handout {

std::optional<HPDF_Rect> annotation_area(const LinkArea& link, const WrittenPage& page) {
  const double left = std::max(0.0, page.left + link.x);
  const double right = std::min(page.media_width, page.left + link.x + link.width);
  const double top = std::min(page.media_height, page.height - link.y);
  const double bottom = std::max(0.0, page.height - link.y - link.height);
  if (!(left < right && bottom < top)) return std::nullopt;
  return HPDF_Rect{static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(bottom),
                   static_cast<HPDF_REAL>(right), static_cast<HPDF_REAL>(top)};
}

bool add_link_annotation(LibharuSession& session, const WrittenPage& page, const LinkArea& link) {
  session.set_activity("adding the link to '" + link.url + "'");
  const std::optional<HPDF_Rect> area = annotation_area(link, page);
  if (!area) return true;
  const std::string uri = percent_encode_uri(link.url);
  HPDF_Annotation annotation =
      session.check(HPDF_Page_CreateURILinkAnnot(page.page, *area, uri.c_str()));
  // libharu writes no /Border for URI links, so viewers would frame every link in black.
  return annotation != nullptr && session.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0));
}

}  // namespace handout
