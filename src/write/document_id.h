#pragma once

#include <string>

#include "write/libharu_session.h"

namespace handout {

// The PDF's trailer /ID is derived from the file's own bytes, so identical inputs give identical
// files and any change of content gives another ID. It takes two steps around libharu's save:
// add_placeholder_id puts /ID [<00…> <00…>] in the trailer through libharu's dictionary API;
// stamp_document_id then replaces both halves, in place and at the same length, with the MD5 of
// every byte of the saved file as it was with the placeholder. No offset moves.
bool add_placeholder_id(LibharuSession& session);

// False (bytes untouched) when the saved file holds no placeholder /ID in its trailer.
bool stamp_document_id(std::string& pdf_bytes);

}  // namespace handout
