#pragma once

#include <hpdf.h>

#include <string>

#include "model/page_layout.h"
#include "write/embedded_font.h"
#include "write/libharu_session.h"

namespace handout {

// Appends the operators that draw a run with its embedded font to the page's `content`, in
// q BT ... ET Q, so that Q undoes the font, colour and rise for later drawing. The font becomes
// one of the page's resources.
bool draw_text_run(LibharuSession& session, HPDF_Page page, double page_height, EmbeddedFont& font,
                   const TextRun& run, std::string& content);

}  // namespace handout
