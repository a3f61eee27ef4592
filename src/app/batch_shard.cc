#include "app/batch_shard.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace handout {
namespace {

void shard_error(Diagnostics& diagnostics, std::string message, std::string hint) {
  diagnostics.error({}, std::move(message), {std::move(hint)}, FailureKind::bad_usage);
}

// A whole number without sign or other characters.
std::optional<unsigned> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  unsigned value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

std::optional<Shard> checked(unsigned index, unsigned total, std::string source,
                             Diagnostics& diagnostics) {
  if (total >= 1 && index >= 1 && index <= total) return Shard{index, total, std::move(source)};
  shard_error(diagnostics,
              "shard " + std::to_string(index) + "/" + std::to_string(total) + " (from " + source +
                  ") does not exist: K must be from 1 to N",
              "for example: --shard 1/4 ... --shard 4/4");
  return std::nullopt;
}

std::optional<Shard> explicit_shard(const std::string& spec, Diagnostics& diagnostics) {
  size_t slash = spec.find('/');
  auto index = whole_number(spec.substr(0, slash));
  auto total = slash == std::string::npos ? std::nullopt : whole_number(spec.substr(slash + 1));
  if (index && total) return checked(*index, *total, "--shard", diagnostics);
  shard_error(diagnostics,
              "--shard takes K/N (this machine's part and how many there are) or "
              "auto, not '" +
                  spec + "'",
              "for example: --shard 2/4");
  return std::nullopt;
}

std::optional<Shard> number_pair(const std::string& index_text, const char* index_name,
                                 const std::string& total_text, const char* total_name,
                                 int index_base, Diagnostics& diagnostics) {
  auto index = whole_number(index_text);
  auto total = whole_number(total_text);
  std::string source = std::string(index_name) + "/" + total_name;
  if (index && total) return checked(*index + (1 - index_base), *total, source, diagnostics);
  shard_error(diagnostics,
              "--shard auto: " + source + " are not whole numbers ('" + index_text + "', '" +
                  total_text + "')",
              "check the CI settings that set them; they must be whole numbers such as 2 and 4");
  return std::nullopt;
}

std::optional<Shard> automatic_shard(const std::string& shard_total,
                                     const EnvironmentReader& environment,
                                     Diagnostics& diagnostics) {
  std::string node_index = environment("CI_NODE_INDEX");
  if (!node_index.empty()) {
    return number_pair(node_index, "CI_NODE_INDEX", environment("CI_NODE_TOTAL"), "CI_NODE_TOTAL",
                       1, diagnostics);
  }
  std::string completion_index = environment("JOB_COMPLETION_INDEX");
  if (!completion_index.empty()) {
    bool given = !shard_total.empty();
    std::string total = given ? shard_total : environment("HANDOUT_SHARD_TOTAL");
    if (!total.empty()) {
      return number_pair(completion_index, "JOB_COMPLETION_INDEX", total,
                         given ? "--shard-total" : "HANDOUT_SHARD_TOTAL", 0, diagnostics);
    }
    shard_error(diagnostics,
                "--shard auto: JOB_COMPLETION_INDEX is set but not the number of shards",
                "give it with --shard-total N or HANDOUT_SHARD_TOTAL (the Job's completions)");
    return std::nullopt;
  }
  shard_error(diagnostics,
              "--shard auto found no shard in the environment: it looks for CI_NODE_INDEX and "
              "CI_NODE_TOTAL (GitLab parallel:), then JOB_COMPLETION_INDEX with --shard-total "
              "or HANDOUT_SHARD_TOTAL (Kubernetes Indexed Job)",
              "outside those, give the shard as --shard K/N");
  return std::nullopt;
}

}  // namespace

std::string read_process_environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::optional<Shard> parse_shard(const std::string& spec, const std::string& shard_total,
                                 const EnvironmentReader& environment, Diagnostics& diagnostics) {
  if (spec == "auto") return automatic_shard(shard_total, environment, diagnostics);
  return explicit_shard(spec, diagnostics);
}

std::vector<size_t> select_shard(const std::vector<std::string>& output_paths, const Shard& shard) {
  std::vector<size_t> order(output_paths.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return output_paths[a] < output_paths[b]; });
  std::vector<size_t> taken;
  for (size_t rank = 0; rank < order.size(); ++rank) {
    if (rank % shard.total == shard.index - 1) taken.push_back(order[rank]);
  }
  std::sort(taken.begin(), taken.end());  // back to input order
  return taken;
}

}  // namespace handout
