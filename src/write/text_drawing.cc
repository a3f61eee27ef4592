#include "write/text_drawing.h"

#include <string>

#include "write/text_operators.h"

namespace handout {

bool draw_text_run(LibharuSession& session, HPDF_Page page, double page_height, EmbeddedFont& font,
                   const TextRun& run) {
  // Names are per page (the same font may be F1 here and F2 there), so ask on every page.
  const char* font_resource = session.check(HPDF_Page_GetLocalFontName(page, font.font_dict()));
  if (font_resource == nullptr) return false;
  std::string operators = text_run_operators(run, font_resource, page_height, font.widths());
  HPDF_Stream content = static_cast<HPDF_PageAttr>(page->attr)->stream;
  return session.check(HPDF_Page_GSave(page)) && session.check(HPDF_Page_BeginText(page)) &&
         session.check(HPDF_Stream_Write(content,
                                         reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                                         static_cast<HPDF_UINT>(operators.size()))) &&
         session.check(HPDF_Page_EndText(page)) && session.check(HPDF_Page_GRestore(page));
}

}  // namespace handout
