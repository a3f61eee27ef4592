#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace handout {

// Writes the bytes to a temporary file beside `path` and renames it into place, so a reader
// never sees a partial file and a failed run leaves any earlier file untouched. Missing parent
// folders are created. Failures are reported as cannot_write, naming the path and the reason.
bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics);

}  // namespace handout
