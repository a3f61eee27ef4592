#include <doctest/doctest.h>

#include "app/command_line.h"

using namespace handout;

TEST_CASE("batch command line: build takes many inputs and every batch option") {
  Diagnostics diagnostics;
  auto job =
      parse_command_line({"build", "a.yaml", "data/", "-j4", "--fail-fast", "-v", "--report=r.json",
                          "--depfile", "d.d", "--shard", "2/3", "-o", "out"},
                         diagnostics);
  REQUIRE(job);
  CHECK(job->command == Command::build);
  CHECK(job->data_paths == std::vector<std::string>{"a.yaml", "data/"});
  CHECK(job->jobs == 4);
  CHECK(job->fail_fast);
  CHECK(job->verbose);
  CHECK(job->report_path == "r.json");
  CHECK(job->depfile_path == "d.d");
  CHECK(job->shard == "2/3");
  CHECK(job->output_path == "out");
  CHECK(is_batch_job(*job));
}

TEST_CASE("batch command line: misuse is bad usage with a reason") {
  const std::vector<std::vector<std::string>> wrong = {
      {"build"},                                   // no inputs
      {"build", "a.yaml", "-j", "0"},              // no threads
      {"build", "a.yaml", "--jobs=many"},          // not a number
      {"build", "a.yaml", "--name", "{{title}}"},  // --name without --each
      {"build", "a.yaml", "--shard-total", "3"},   // only with --shard auto
      {"render", "a.yaml", "-j", "2"},             // a build option
      {"render", "a.yaml", "b.yaml"},              // one file
      {"check", "a.yaml", "--depfile", "x.d"},     // check writes nothing
      {"watch", "a.yaml", "--depfile", "x.d"}};
  for (const auto& arguments : wrong) {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_command_line(arguments, diagnostics));
    CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
  }
}

TEST_CASE("batch command line: render takes --depfile; check of one file is a single check") {
  Diagnostics diagnostics;
  auto render = parse_command_line({"render", "a.yaml", "--depfile", "a.d"}, diagnostics);
  REQUIRE(render);
  CHECK(render->depfile_path == "a.d");
  CHECK_FALSE(is_batch_job(*render));
  auto check =
      parse_command_line({"check", HANDOUT_SOURCE_DIR "/data/rust-is-used-for.yaml"}, diagnostics);
  REQUIRE(check);
  CHECK_FALSE(is_batch_job(*check));
  auto many = parse_command_line({"check", HANDOUT_SOURCE_DIR "/data"}, diagnostics);
  REQUIRE(many);
  CHECK(is_batch_job(*many));
}
