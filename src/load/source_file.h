#pragma once

#include <cstdint>
#include <string>

#include "core/diagnostic.h"
#include "core/file_reading.h"
#include "core/source_excerpt.h"

namespace handout {

// The whole content of a text file of at most `max_bytes` bytes, or null. A file that cannot be
// read is an error naming the path and the system's reason (e.g. "No such file or directory"); a
// larger file is an error naming its size and the limit, found before anything is read. Only the
// data file may be a pipe or device (`accepted`, see file_reading.h).
//
// The text is kept in `diagnostics` (keep_source): the messages about the file quote its lines
// from the bytes read here, which is the only read of the file.
SourceText read_source_file(const std::string& path, uint64_t max_bytes, Diagnostics& diagnostics,
                            FileKinds accepted = FileKinds::regular_only);

}  // namespace handout
