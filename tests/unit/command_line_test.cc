#include <doctest/doctest.h>

#include "app/command_line.h"
#include "app/render_job.h"

using namespace handout;

namespace {
std::optional<Job> parse(std::vector<std::string> arguments, Diagnostics& diagnostics) {
  return parse_command_line(arguments, diagnostics);
}
}  // namespace

TEST_CASE("cli: no arguments renders the bundled example") {
  Diagnostics diagnostics;
  auto job = parse({}, diagnostics);
  REQUIRE(job);
  CHECK(job->command == Command::render);
  CHECK(job->data_path.empty());
}

TEST_CASE("cli: render with template and output, in either option form") {
  Diagnostics diagnostics;
  auto job = parse({"render", "x.yaml", "-t", "handout", "--output=out/x.pdf"}, diagnostics);
  REQUIRE(job);
  CHECK(job->data_path == "x.yaml");
  CHECK(job->template_name == "handout");
  CHECK(job->output_path == "out/x.pdf");
}

TEST_CASE("cli: usage errors are bad usage with a hint") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse({"rendr", "x.yaml"}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message == "unknown command 'rendr'");
  CHECK(diagnostics.all()[0].hints[0] == "did you mean 'render'?");
  CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);

  Diagnostics missing;
  CHECK_FALSE(parse({"render"}, missing));
  CHECK(missing.all()[0].message == "missing the data file (a .yaml file)");

  Diagnostics no_value;
  CHECK_FALSE(parse({"render", "x.yaml", "-o"}, no_value));
  CHECK(no_value.all()[0].message == "option '-o' needs a value");

  Diagnostics check_output;
  CHECK_FALSE(parse({"check", "x.yaml", "-o", "y.pdf"}, check_output));
}

TEST_CASE("cli: help and version win over everything else") {
  Diagnostics diagnostics;
  CHECK(parse({"render", "--help"}, diagnostics)->command == Command::help);
  CHECK(parse({"--version"}, diagnostics)->command == Command::version);
  CHECK(usage_text().find("Exit codes") != std::string::npos);
}

TEST_CASE("cli: the default output is output/<data stem>.pdf") {
  CHECK(default_output_path("data/rust-is-used-for.yaml") == "output/rust-is-used-for.pdf");
  CHECK(default_output_path("/tmp/a.b.yml") == "output/a.b.pdf");
}
