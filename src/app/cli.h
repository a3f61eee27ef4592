#pragma once

#include <string>
#include <vector>

namespace handout {

// The whole command-line tool: parse, run, print diagnostics, return the exit code
// (0 ok, 1 bad input, 2 bad usage, 3 cannot write, 4 internal error).
int run_cli(const std::vector<std::string>& arguments);

}  // namespace handout
