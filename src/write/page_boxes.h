#pragma once

#include "model/page_layout.h"
#include "write/libharu_session.h"
#include "write/written_page.h"

namespace handout {

// Sizes the page's media, the trim grown by bleed and slug on every side (see LaidOutPage), and
// adds its /TrimBox and /BleedBox, which libharu has no call for, through the page dictionary.
// Returns where layout's coordinates land on it; a page that cannot be written is a failure of
// the session (`page_number` names it).
WrittenPage add_boxed_page(LibharuSession& session, const LaidOutPage& laid_out,
                           size_t page_number);

// The operators that move layout's trim-relative drawing onto the media ("" when the trim is
// the media), and those that end it.
std::string trim_origin_operators(const LaidOutPage& laid_out);
std::string trim_origin_end(const LaidOutPage& laid_out);

}  // namespace handout
