#pragma once

#include <string>

#include "model/page_layout.h"

namespace handout {

// Appends the operators that stroke the line (top-left origin, y down, as layout gives it),
// dashed when asked, to a page's content; the graphics state is saved and restored around it,
// so nothing leaks into later drawing.
void draw_line(const DrawnLine& line, double page_height, std::string& content);

// Appends the operators that fill and/or stroke the rectangle; a box with neither adds nothing.
void draw_box(const DrawnBox& box, double page_height, std::string& content);

}  // namespace handout
