#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// Which part of a batch one machine builds: documents whose index (in the order of their output
// paths) is index - 1 modulo total. Shards 1..N are disjoint, cover the batch, and differ in size
// by at most one document.
struct Shard {
  unsigned index = 1;  // 1-based
  unsigned total = 1;
  std::string source;  // where K/N came from: "--shard", "CI_NODE_INDEX/CI_NODE_TOTAL", ...
};

// Reads an environment variable; empty when unset. Injected so tests need not set the real one.
using EnvironmentReader = std::function<std::string(const char* name)>;
std::string read_process_environment(const char* name);

// Parses --shard ("K/N" with 1 <= K <= N, or "auto"; `shard_total` is --shard-total). For auto:
// CI_NODE_INDEX (1-based) and CI_NODE_TOTAL (GitLab parallel:), else JOB_COMPLETION_INDEX
// (0-based, a Kubernetes Indexed Job) with the total from --shard-total or HANDOUT_SHARD_TOTAL.
// Problems are usage errors that say what was looked for.
std::optional<Shard> parse_shard(const std::string& spec, const std::string& shard_total,
                                 const EnvironmentReader& environment, Diagnostics& diagnostics);

// The positions (into `output_paths`, in their order) of the documents the shard takes.
std::vector<size_t> select_shard(const std::vector<std::string>& output_paths, const Shard& shard);

}  // namespace handout
