#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <vector>

#include "app/batch_inputs.h"
#include "app/batch_shard.h"
#include "app/bundled_files.h"
#include "app/command_line.h"

namespace handout {

class BatchJournal;

// `handout build`, and `handout check` over a batch: expand the inputs, refuse colliding
// outputs, take the shard, render (or check) on the workers while printing progress, then write
// the report and the dependency file. Returns the exit code: 0 when every document succeeded,
// else the worst failure's code.
// In this process: a crash ends it (the command line contains crashes: contained_build.h).
int run_build_command(const Job& job, const BundledFiles& bundled, std::ostream& out,
                      std::ostream& error);

// The two halves of run_build_command, for a batch built in child processes.
struct BatchPlan {
  std::vector<BatchDocument> documents;  // this shard's, in input order
  std::optional<Shard> shard;
  size_t all = 0;  // documents before the shard was taken
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};

// Expands the inputs, refuses colliding outputs and takes the shard; starts no thread. Prints
// the problems and returns nullopt with their exit code.
std::optional<BatchPlan> plan_batch(const Job& job, std::ostream& error, int& exit_code);

// Renders (or checks) the plan's documents while printing progress, then writes the report and
// the dependency file. With `journal`, as one child of a contained batch (BatchSettings::journal):
// what an earlier child printed is not printed again, and the times count from plan.start.
int run_batch_plan(const Job& job, BatchPlan& plan, const BundledFiles& bundled, std::ostream& out,
                   std::ostream& error, BatchJournal* journal);

}  // namespace handout
