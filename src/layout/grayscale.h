#pragma once

#include "core/diagnostic.h"
#include "model/page_layout.h"

namespace handout {

// --grayscale, for a monochrome printer: every colour on every page becomes its grey (as_gray:
// text, lines, box fills and borders), which the writer prints in DeviceGray, and every image
// its grey version (gray_image), each image converted once however often it is placed. Done on
// the laid-out pages, after layout and before writing, so that the writer prints what it is
// given and nothing else has to know. An image that cannot be converted (a bug) is an internal
// error.
void convert_to_grayscale(LaidOutDocument& document, Diagnostics& diagnostics);

}  // namespace handout
