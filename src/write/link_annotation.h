#pragma once

#include <hpdf.h>

#include <string>

#include "model/page_layout.h"
#include "write/libharu_session.h"

namespace handout {

// A URI as a PDF link may hold it: printable ASCII, everything else percent-encoded as UTF-8
// bytes (libharu writes the string as it is given).
std::string percent_encode_uri(const std::string& uri);

// Adds a borderless link annotation over the area (top-left origin, y down, as layout gives it).
bool add_link_annotation(LibharuSession& session, HPDF_Page page, double page_height,
                         const LinkArea& link);

}  // namespace handout
