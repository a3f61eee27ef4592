#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace handout {

// The whole content of a regular file, or nothing with `error` set to the system's reason ("No
// such file or directory", "Is a directory", ...). Every stage reads its inputs through this, so
// they all fail the same way.
std::optional<std::string> read_whole_file(const std::string& path, std::string& error);

// What a reader accepts besides regular files. Only the data file named on the command line may
// be a pipe or a device (`handout render /dev/stdin`); a figure, font, template or partial that
// is one would block the process at open or read forever, so it is refused.
enum class FileKinds { regular_only, also_streams };

// Why a file of this st_mode cannot be read as a file: "it is a named pipe, not a file", a
// device or a socket; nothing for a regular file or a folder (which read() reports itself).
std::optional<std::string> special_file_reason(unsigned mode);

// A file read with a bound on its size.
struct BoundedFile {
  std::optional<std::string> content;  // empty when the file cannot be read or is too large
  std::string error;                   // the system's reason, when it cannot be read
  bool too_large = false;              // it has more than the bound allowed
  uint64_t size = 0;                   // when too large: its size, or the bytes read before
                                       // stopping (a pipe or device has no size to ask)
  bool size_known = false;             // `size` is the file's whole size, not a lower bound
};

// Like read_whole_file, but a file of more than `max_bytes` bytes is refused from its size
// before anything is read, and reading stops past `max_bytes` for a file that has no size (a
// pipe, /dev/zero) or grows while it is read.
BoundedFile read_file_at_most(const std::string& path, uint64_t max_bytes,
                              FileKinds accepted = FileKinds::regular_only);

}  // namespace handout
