#pragma once

#include <string>
#include <vector>

#include "bind/resource_caches.h"
#include "core/diagnostic.h"
#include "core/read_root.h"
#include "core/resource_limits.h"
#include "image/document_images.h"
#include "model/doc_tree.h"

namespace handout {

// Loads every face and figure image the bound document uses, each file once, and makes its QR
// codes: fills the tree's face pointers and returns the images by the tree's keys (every figure
// and QR code of the tree is there unless an error was reported). Failures are reported at the
// style or figure that asked for the file; a figure outside `root` is refused unread. (Font files
// were confined when the template was loaded.)
//
// Faces and images are shared by every document that loads through the same `caches` (the app's
// World): each file is read once (keyed by its path, size and modification time, so a file edited
// while `handout watch` runs is read again) and handed out read-only to every document and thread
// that names it. Failures are not
// kept, so each document that names a bad file reports it at its own position.
// Figures are held to `limits` (file size, pixels); a figure cached under other limits is read
// again.
DocumentImages load_resources(DocTree& document, const ReadRoot& root, ResourceCaches& caches,
                              Diagnostics& diagnostics, const ResourceLimits& limits = {});

// The font files the document's styles load (after load_resources), each once, in the order the
// styles name them: for dependency files and batch reports.
std::vector<std::string> loaded_font_files(const DocTree& document);

}  // namespace handout
