#pragma once

#include <hpdf.h>

namespace handout {

// A page as the writer made it: the libharu page, and where layout's coordinates (from the trim
// box's top-left corner, y down) land on it, on media that may be larger than the trim.
struct WrittenPage {
  HPDF_Page page = nullptr;
  double height = 0;       // the PDF y of the trim's top edge: layout's y becomes height - y
  double left = 0;         // the PDF x of the trim's left edge: layout's x becomes left + x
  double media_width = 0;  // the media box is [0 0 media_width media_height]
  double media_height = 0;
};

}  // namespace handout
