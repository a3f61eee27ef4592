#pragma once

#include <hpdf.h>

#include "model/page_layout.h"
#include "write/libharu_session.h"

namespace handout {

// Strokes the line (top-left origin, y down, as layout gives it), dashed when asked; the
// graphics state is saved and restored around it, so nothing leaks into later drawing.
bool draw_line(LibharuSession& session, HPDF_Page page, double page_height, const DrawnLine& line);

// Fills and/or strokes the rectangle; a box with neither draws nothing.
bool draw_box(LibharuSession& session, HPDF_Page page, double page_height, const DrawnBox& box);

}  // namespace handout
