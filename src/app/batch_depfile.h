#pragma once

#include <string>
#include <vector>

namespace handout {

// A path as a word of a Makefile rule: spaces and '#' behind a backslash, '$' doubled (the
// escapes both make and Ninja's depfile reader understand).
std::string depfile_escaped(const std::string& path);

// One rule "output: input input ...\n" on one line (inputs in order, each once), the form
// make's `include` and Ninja's `depfile =` read.
std::string depfile_rule(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace handout
