#pragma once

#include <string>

#include "app/command_line.h"

namespace handout {

// The text of `handout --help`: every command and every option, from the option table.
std::string usage_text();

// The text of `handout COMMAND --help` and `handout help COMMAND`: the command's usage and the
// options it takes.
std::string command_usage_text(Command command);

}  // namespace handout
