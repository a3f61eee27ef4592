#pragma once

#include <string>

#include "core/diagnostic.h"

namespace handout {

// A mistake on the command line: `message`, then `hint` when there is one, then where the usage
// is described; exit code 2 (bad usage).
void usage_error(Diagnostics& diagnostics, std::string message, std::string hint);

}  // namespace handout
