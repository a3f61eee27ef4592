#pragma once

#include <optional>
#include <string>

#include "app/bundled_files.h"
#include "core/diagnostic.h"
#include "core/read_root.h"
#include "model/data_model.h"

namespace handout {

// A bare name (no slash, no .yaml or .yml) names a bundled template; anything else is a path.
bool is_bundled_template_name(const std::string& choice);

// Chooses the template file for a document: the command line's -t, else the data's `template`
// key, else the bundled 'handout'. A bare name is a bundled template; anything else is a path
// (relative to the working folder for -t, to the data file's folder for the data key, which
// must lie inside `root`).
std::optional<std::string> find_template_file(const std::string& command_line_choice,
                                              const HandoutData& data, const BundledFiles& bundled,
                                              const ReadRoot& root, Diagnostics& diagnostics);

}  // namespace handout
