#pragma once

#include <string>

#include "app/bundled_files.h"
#include "core/diagnostic.h"
#include "core/read_root.h"

namespace handout {

// The folders one document's data and template may make handout read (docs/ci.md, "Untrusted
// input"): the root, which is --root DIR or else the data file's folder (the working folder for
// data from a pipe, a device or a descriptor such as /dev/stdin: source_folder); the bundled
// templates and fonts; and the folder of a template file given with -t (its partials and fonts
// sit beside it). A template the data names by path must lie in one of them, as must everything it
// reads.
ReadRoot document_root(const std::string& data_path, const std::string& root_option,
                       const std::string& template_choice, const BundledFiles& bundled);

// Checks --root: it must name an existing folder (else a usage error). Empty is fine.
bool check_root_option(const std::string& root_option, Diagnostics& diagnostics);

}  // namespace handout
