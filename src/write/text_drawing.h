#pragma once

#include <hpdf.h>

#include "model/page_layout.h"
#include "write/embedded_font.h"
#include "write/libharu_session.h"

namespace handout {

// Draws a run with its embedded font. libharu cannot show text in a font it did not load, so the
// operators go into the content stream raw, wrapped in libharu's own q BT ... ET Q: that keeps
// libharu's graphics mode valid, and Q undoes the raw font, colour and rise for later drawing.
bool draw_text_run(LibharuSession& session, HPDF_Page page, double page_height, EmbeddedFont& font,
                   const TextRun& run);

}  // namespace handout
