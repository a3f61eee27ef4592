#include <doctest/doctest.h>

#include <map>
#include <set>

#include "app/batch_shard.h"

using namespace handout;

namespace {
EnvironmentReader environment(std::map<std::string, std::string> values) {
  return [values](const char* name) {
    auto found = values.find(name);
    return found == values.end() ? std::string() : found->second;
  };
}

std::optional<Shard> parse(const std::string& spec, std::map<std::string, std::string> env,
                           Diagnostics& diagnostics, const std::string& total = "") {
  return parse_shard(spec, total, environment(std::move(env)), diagnostics);
}
}  // namespace

TEST_CASE("batch shard: K/N is parsed and checked") {
  Diagnostics diagnostics;
  auto shard = parse("2/4", {}, diagnostics);
  REQUIRE(shard);
  CHECK(shard->index == 2);
  CHECK(shard->total == 4);
  for (const char* bad : {"0/4", "5/4", "1/0", "x/2", "2", "1/2/3", "-1/2", "1 /2"}) {
    Diagnostics problems;
    CHECK_FALSE(parse(bad, {}, problems));
    CHECK(problems.worst_failure() == FailureKind::bad_usage);
  }
}

TEST_CASE("batch shard: auto reads GitLab's CI_NODE_INDEX/CI_NODE_TOTAL (1-based)") {
  Diagnostics diagnostics;
  auto shard = parse("auto", {{"CI_NODE_INDEX", "3"}, {"CI_NODE_TOTAL", "3"}}, diagnostics);
  REQUIRE(shard);
  CHECK(shard->index == 3);
  CHECK(shard->total == 3);
  CHECK(shard->source == "CI_NODE_INDEX/CI_NODE_TOTAL");
}

TEST_CASE("batch shard: auto reads a Kubernetes JOB_COMPLETION_INDEX (0-based) with a total") {
  Diagnostics diagnostics;
  auto from_option = parse("auto", {{"JOB_COMPLETION_INDEX", "0"}}, diagnostics, "4");
  REQUIRE(from_option);
  CHECK(from_option->index == 1);
  CHECK(from_option->total == 4);
  auto from_variable =
      parse("auto", {{"JOB_COMPLETION_INDEX", "3"}, {"HANDOUT_SHARD_TOTAL", "4"}}, diagnostics);
  REQUIRE(from_variable);
  CHECK(from_variable->index == 4);
  CHECK(diagnostics.all().empty());

  Diagnostics no_total;
  CHECK_FALSE(parse("auto", {{"JOB_COMPLETION_INDEX", "0"}}, no_total));
  CHECK(no_total.all()[0].hints[0].find("--shard-total") != std::string::npos);
  Diagnostics out_of_range;
  CHECK_FALSE(parse("auto", {{"JOB_COMPLETION_INDEX", "4"}}, out_of_range, "4"));
}

TEST_CASE("batch shard: auto without any variable names the ones it looked for") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse("auto", {}, diagnostics));
  const std::string& message = diagnostics.all()[0].message;
  for (const char* name :
       {"CI_NODE_INDEX", "CI_NODE_TOTAL", "JOB_COMPLETION_INDEX", "HANDOUT_SHARD_TOTAL"}) {
    CHECK(message.find(name) != std::string::npos);
  }
}

TEST_CASE("batch shard: shards 1..N are disjoint, cover everything and are balanced") {
  std::vector<std::string> outputs;
  for (int i = 0; i < 23; ++i) outputs.push_back("out/" + std::to_string((i * 7) % 23) + ".pdf");
  for (unsigned total = 1; total <= 5; ++total) {
    std::multiset<size_t> taken;
    size_t smallest = outputs.size(), largest = 0;
    for (unsigned index = 1; index <= total; ++index) {
      std::vector<size_t> part = select_shard(outputs, {index, total, "--shard"});
      CHECK(std::is_sorted(part.begin(), part.end()));  // input order kept
      taken.insert(part.begin(), part.end());
      smallest = std::min(smallest, part.size());
      largest = std::max(largest, part.size());
    }
    CHECK(taken.size() == outputs.size());
    CHECK(std::set<size_t>(taken.begin(), taken.end()).size() == outputs.size());
    CHECK(largest - smallest <= 1);
  }
}

TEST_CASE("batch shard: the split follows the sorted output paths, not the input order") {
  std::vector<std::string> outputs = {"c.pdf", "a.pdf", "b.pdf"};
  CHECK(select_shard(outputs, {1, 2, "--shard"}) == std::vector<size_t>{0, 1});  // c, a
  CHECK(select_shard(outputs, {2, 2, "--shard"}) == std::vector<size_t>{2});     // b
}
