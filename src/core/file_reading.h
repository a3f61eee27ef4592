#pragma once

#include <optional>
#include <string>

namespace handout {

// The whole content of a file, or nothing with `error` set to the system's reason ("No such
// file or directory", "Is a directory", ...). Every stage reads its inputs through this, so
// they all fail the same way.
std::optional<std::string> read_whole_file(const std::string& path, std::string& error);

}  // namespace handout
