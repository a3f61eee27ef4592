#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// Writes the bytes to a temporary file beside `path` (".NAME.tmp-XXXXXX") and renames it into
// place, so a reader never sees a partial file and a failed or interrupted run leaves any earlier
// file untouched (the temporary file is registered for removal on a signal: interrupt_cleanup.h).
// Missing parent folders are created. Failures are reported as cannot_write, naming the path and
// the reason. With `sync` the file's bytes are on disk before the rename; a batch passes false and
// calls sync_file_systems once at its end instead (one flush for all its files, not one per file).
bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics, bool sync = true);

// Flushes the file systems holding `paths` to disk (syncfs, once per file system). Returns the
// paths on a file system whose flush failed (a write error surfaced late), with the reason.
std::vector<std::pair<std::string, std::string>> sync_file_systems(
    const std::vector<std::string>& paths);

}  // namespace handout
