#pragma once

#include <hpdf.h>

#include <string>

#include "model/page_layout.h"
#include "write/libharu_session.h"
#include "write/written_page.h"

namespace handout {

// A URI as a PDF link may hold it: printable ASCII, everything else percent-encoded as UTF-8
// bytes (libharu writes the string as it is given).
std::string percent_encode_uri(const std::string& uri);

// The link's area (top-left origin, y down, as layout gives it) as a PDF rectangle on the page.
HPDF_Rect annotation_area(const LinkArea& link, const WrittenPage& page);

// Adds a borderless link annotation over the link's area.
bool add_link_annotation(LibharuSession& session, const WrittenPage& page, const LinkArea& link);

}  // namespace handout
