#pragma once

#include <string>

namespace handout {

// Whether `path` names a file through a file descriptor of the process rather than a file in a
// folder: /proc/PID/fd/N (and /proc/self/fd/N), or a symbolic link that leads there, as
// /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N do. What such a path opens is whatever the
// descriptor holds (a pipe, a terminal, a file the shell opened), so the folder it seems to be in
// means nothing: it is no root to read from, and no place for a temporary file and a rename.
bool names_descriptor(const std::string& path);

// The folder relative paths in a source file start from (figures, partials, a template the data
// names) and the data's default root: the file's folder as written ("" for a bare file name, the
// working folder), or "" too for a file that is no file in a folder, one read through a
// descriptor (names_descriptor) or a named pipe or a device: for `generate | handout render
// /dev/stdin`, /dev is not the user's folder, and `figure: shm/x.png` must not reach /dev/shm.
std::string source_folder(const std::string& file);

}  // namespace handout
