#include "write/text_drawing.h"

#include <string>

#include "write/text_operators.h"

namespace handout {

bool draw_text_run(LibharuSession& session, HPDF_Page page, double page_height, EmbeddedFont& font,
                   const TextRun& run, std::string& content) {
  // Names are per page (the same font may be F1 here and F2 there), so ask on every page.
  const char* font_resource = session.check(HPDF_Page_GetLocalFontName(page, font.font_dict()));
  if (font_resource == nullptr) return false;
  content += "q\nBT\n";
  content += text_run_operators(run, font_resource, page_height, font.widths());
  content += "ET\nQ\n";
  return true;
}

}  // namespace handout
