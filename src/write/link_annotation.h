#pragma once

#include <hpdf.h>

#include <optional>
#include <string>

#include "model/page_layout.h"
#include "write/libharu_session.h"
#include "write/written_page.h"

namespace handout {

// The link's area (top-left origin, y down, as layout gives it) as a PDF rectangle on the page,
// cut to the page's media: nothing past the media can be clicked, and libharu refuses
// coordinates past 32767 (a link in a table row that runs far off the page's foot). Nothing when
// no part of the area is on the media.
std::optional<HPDF_Rect> annotation_area(const LinkArea& link, const WrittenPage& page);

// Adds a borderless link annotation over the link's area, if any of it is on the page.
bool add_link_annotation(LibharuSession& session, const WrittenPage& page, const LinkArea& link);

}  // namespace handout
