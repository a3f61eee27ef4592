#pragma once

#include <string>
#include <vector>

#include "app/bundled_files.h"
#include "core/diagnostic.h"

namespace handout {

// `handout init NAME FOLDER`: copies the bundled template NAME into FOLDER as NAME.yaml, with
// the partials it includes at the same paths relative to it, so that the copy renders as the
// original does (fonts are still found among handout's own). Nothing is copied when any of the
// files already exists. Returns the paths written, in order; empty on failure.
std::vector<std::string> copy_bundled_template(const std::string& name, const std::string& folder,
                                               const BundledFiles& bundled,
                                               Diagnostics& diagnostics);

}  // namespace handout
