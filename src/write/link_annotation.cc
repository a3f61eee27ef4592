#include "write/link_annotation.h"

#include <cstdio>

namespace handout {

std::string percent_encode_uri(const std::string& uri) {
  std::string encoded;
  for (unsigned char c : uri) {
    // Besides non-ASCII, encode the characters PDF string syntax or URI syntax would misread.
    if (c > 0x20 && c < 0x7F && c != '(' && c != ')' && c != '\\' && c != '"' && c != '<' &&
        c != '>' && c != ' ') {
      encoded += static_cast<char>(c);
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", c);
      encoded += escape;
    }
  }
  return encoded;
}

HPDF_Rect annotation_area(const LinkArea& link, const WrittenPage& page) {
  HPDF_Rect area;
  area.left = static_cast<HPDF_REAL>(page.left + link.x);
  area.right = static_cast<HPDF_REAL>(page.left + link.x + link.width);
  area.top = static_cast<HPDF_REAL>(page.height - link.y);
  area.bottom = static_cast<HPDF_REAL>(page.height - link.y - link.height);
  return area;
}

bool add_link_annotation(LibharuSession& session, const WrittenPage& page, const LinkArea& link) {
  session.set_activity("adding the link to '" + link.url + "'");
  const std::string uri = percent_encode_uri(link.url);
  HPDF_Annotation annotation = session.check(
      HPDF_Page_CreateURILinkAnnot(page.page, annotation_area(link, page), uri.c_str()));
  // libharu writes no /Border for URI links, so viewers would frame every link in black.
  return annotation != nullptr &&
         session.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0));
}

}  // namespace handout
