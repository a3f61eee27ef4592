#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// Why `path` cannot be a word of a dependency file that make and Ninja both read as that one
// file, or nothing when it can. Refused: a control character (a newline or a tab would start a
// recipe line that the next `make` runs), ';' (make reads the rest of the line as a command and
// has no escape for it), '|' (order-only prerequisites), '=' (a variable assignment) and '\'
// (an escape character whose meaning depends on what follows it).
std::optional<std::string> depfile_refusal(const std::string& path);

// A path as a word of a Makefile rule: spaces, '#' and ':' behind a backslash, '$' doubled (the
// escapes both make and Ninja's depfile reader understand). The path must have no refusal.
std::string depfile_escaped(const std::string& path);

// One rule "output: input input ...\n" on one line (inputs in order, each once), the form
// make's `include` and Ninja's `depfile =` read. Every path must have no depfile_refusal.
std::string depfile_rule(const std::string& output, const std::vector<std::string>& inputs);

// Checks, before anything is written, that the rule for `output` can name it and each of
// `inputs` (render and build with --depfile): a path with a depfile_refusal is an error naming
// it, as bad usage for the output (the command line chose it) and bad input for the files read.
bool check_depfile_paths(const std::string& output, const std::vector<std::string>& inputs,
                         Diagnostics& diagnostics);

}  // namespace handout
