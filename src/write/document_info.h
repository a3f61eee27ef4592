#pragma once

#include "model/doc_tree.h"
#include "write/libharu_session.h"

namespace handout {

// Fills the Info dictionary (Title, Author, Subject, Keywords, Creator, Producer and, when the
// data's date is an ISO date, CreationDate; never the clock, so output is reproducible), the
// catalog's /Lang and asks viewers to show the title rather than the file name.
bool set_document_info(LibharuSession& session, const DocumentInfo& info);

}  // namespace handout
