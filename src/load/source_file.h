#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace handout {

// The whole content of a text file. A file that cannot be read is an error naming the path and
// the system's reason (e.g. "No such file or directory").
std::optional<std::string> read_source_file(const std::string& path, Diagnostics& diagnostics);

}  // namespace handout
