#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/file_reading.h"

namespace handout {

// The whole content of a text file of at most `max_bytes` bytes. A file that cannot be read is
// an error naming the path and the system's reason (e.g. "No such file or directory"); a larger
// file is an error naming its size and the limit, found before anything is read. Only the data
// file may be a pipe or device (`accepted`, see file_reading.h).
std::optional<std::string> read_source_file(const std::string& path, uint64_t max_bytes,
                                            Diagnostics& diagnostics,
                                            FileKinds accepted = FileKinds::regular_only);

}  // namespace handout
