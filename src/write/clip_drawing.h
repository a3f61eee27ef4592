#pragma once

#include <string>

#include "model/page_layout.h"

namespace handout {

// Saves the graphics state and clips what follows to the rectangle (top-left origin, y down, as
// layout gives it), until end_clip restores the state.
void begin_clip(const ClipBegin& clip, double page_height, std::string& content);
void end_clip(std::string& content);

}  // namespace handout
