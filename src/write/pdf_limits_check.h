#pragma once

#include <cstddef>

#include "core/diagnostic.h"
#include "model/page_layout.h"

namespace handout {

// The limits of what libharu writes (core/pdf_limits.h), checked on the laid-out document before
// libharu is given anything, so that writing never stops half way on a document too big for it.
// What only the laid-out pages show is an input error, at the item that is one too many: more
// links on a page than its annotation array holds, more different images (or fonts) than its
// resources can name, more objects than the document's cross-reference table holds, images that
// add up to more than libharu's 4 GiB file. What the stages
// before check where the value is written (bookmark titles, link addresses, the document
// information; page sizes are checked as each page is added) is an internal error here: a document
// that still breaks one of those is a bug in them. Returns whether the document can be written.
bool check_pdf_limits(const LaidOutDocument& document, Diagnostics& diagnostics);

// At least as many objects as libharu makes for the document (pages, links, images, fonts,
// bookmarks and the document's own); the tests compare it with written files.
size_t pdf_object_bound(const LaidOutDocument& document);

}  // namespace handout
