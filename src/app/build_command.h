#pragma once

#include <ostream>

#include "app/bundled_files.h"
#include "app/command_line.h"

namespace handout {

// `handout build`, and `handout check` over a batch: expand the inputs, refuse colliding
// outputs, take the shard, render (or check) on the workers while printing progress, then write
// the report and the dependency file. Returns the exit code: 0 when every document succeeded,
// else the worst failure's code.
int run_build_command(const Job& job, const BundledFiles& bundled, std::ostream& out,
                      std::ostream& error);

}  // namespace handout
