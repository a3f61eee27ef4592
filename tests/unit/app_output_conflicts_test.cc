#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "app/output_conflicts.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

TEST_CASE("output conflicts: an output that is an input is refused, by name or through a link") {
  const fs::path folder = fresh_folder("handout-output-conflicts");
  fs::create_directories(folder / "sub");
  const std::string data = (folder / "data.yaml").string();
  std::ofstream(data) << "title: x\n";
  fs::create_hard_link(data, folder / "hard.pdf");
  fs::create_symlink("data.yaml", folder / "soft.pdf");
  const std::vector<std::string> inputs = {data, (folder / "missing.png").string()};
  for (const std::string& output :
       {data, (folder / "sub" / ".." / "data.yaml").string(), (folder / "hard.pdf").string(),
        (folder / "soft.pdf").string()}) {
    Diagnostics diagnostics;
    CHECK_FALSE(check_outputs_are_not_inputs({{output, "-o"}}, inputs, diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
    CHECK(diagnostics.all()[0].message.find("handout never writes over a file it reads") !=
          std::string::npos);
  }
  // The data read through a link, the output naming the file itself.
  Diagnostics through_link;
  CHECK_FALSE(check_outputs_are_not_inputs({{data, "--depfile"}}, {(folder / "soft.pdf").string()},
                                           through_link));
  CHECK(through_link.all()[0].message.find("(the same file)") != std::string::npos);
  Diagnostics fine;
  CHECK(check_outputs_are_not_inputs({{(folder / "new.pdf").string(), "-o"}, {"-", "-o"}}, inputs,
                                     fine));
  CHECK(fine.all().empty());
  fs::remove_all(folder);
}

TEST_CASE("output conflicts: a named pipe or device is written into, never refused as an input") {
  const fs::path folder = fresh_folder("handout-output-conflicts-pipe");
  fs::create_directories(folder);
  const std::string pipe = (folder / "pipe").string();
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  Diagnostics diagnostics;
  CHECK(check_outputs_are_not_inputs({{pipe, "-o"}, {"/dev/null", "--depfile"}},
                                     {pipe, "/dev/null"}, diagnostics));
  fs::remove_all(folder);
}

TEST_CASE("output conflicts: two outputs that are one file are refused") {
  Diagnostics diagnostics;
  CHECK(
      check_outputs_are_distinct({{"out/a.pdf", "-o"}, {"out/a.pdf.d", "--depfile"}}, diagnostics));
  CHECK_FALSE(check_outputs_are_distinct({{"out/a.pdf", "-o"}, {"out/../out/a.pdf", "--depfile"}},
                                         diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message ==
        "-o and --depfile both name 'out/../out/a.pdf'; each output needs its own file");
}

TEST_CASE("output conflicts: a batch's outputs against its data files, before it starts") {
  const fs::path folder = fresh_folder("handout-output-conflicts-batch");
  fs::create_directories(folder);
  const std::string a = (folder / "a.yaml").string(), notes = (folder / "notes.pdf").string();
  std::ofstream(a) << "title: a\n";
  std::ofstream(notes) << "title: notes\n";
  BatchDocument first{a, (folder / "out" / "a.pdf").string(), nullptr};
  BatchDocument second{notes, notes, nullptr};  // built into its own folder: its own data file
  Diagnostics diagnostics;
  CHECK(
      check_batch_outputs({first}, {{(folder / "r.json").string(), "--report"}}, "", diagnostics));
  CHECK_FALSE(check_batch_outputs({first, second}, {}, "", diagnostics));
  CHECK_FALSE(check_batch_outputs({first}, {{a, "--report"}}, "", diagnostics));
  CHECK_FALSE(check_batch_outputs({first}, {{first.output_path, "--depfile"}}, "", diagnostics));
  CHECK(diagnostics.error_count() == 3);
  fs::remove_all(folder);
}
