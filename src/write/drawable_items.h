#pragma once

#include <string>

#include "model/page_layout.h"

namespace handout {

// What keeps a page item from being drawn, or "" when it can be. Layout's output reaches
// libharu only when it is drawable: libharu writes NaN into the content stream as it comes and
// dereferences null handles.
std::string text_run_problem(const TextRun& run);
std::string placed_image_problem(const PlacedImage& placed);
std::string link_area_problem(const LinkArea& link);  // an empty url: a link within the document
std::string drawn_line_problem(const DrawnLine& line);
std::string drawn_box_problem(const DrawnBox& box);
std::string clip_problem(const ClipBegin& clip);

}  // namespace handout
