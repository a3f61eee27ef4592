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
//
// A stream target (is_stream_target) is written in place instead: there is no file to replace.
bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics, bool sync = true);

// True for what is written in place rather than replaced: "-" and /dev/stdout (the standard
// output), an existing character device or named pipe (renaming a file over `-o /dev/null`, as
// root in a CI container, would replace the device itself), and a path through a descriptor
// (/dev/stderr, /dev/fd/N, /proc/self/fd/N: names_descriptor). Anything else, a regular file
// under /dev/shm included, is replaced atomically; a block device or a socket is refused.
bool is_stream_target(const std::string& path);

// True for "-" and /dev/stdout: the PDF goes to the standard output, so messages must not.
bool is_standard_output(const std::string& path);

// Flushes the file systems holding `paths` to disk (syncfs, once per file system). Returns the
// paths on a file system whose flush failed (a write error surfaced late), with the reason.
std::vector<std::pair<std::string, std::string>> sync_file_systems(
    const std::vector<std::string>& paths);

}  // namespace handout
