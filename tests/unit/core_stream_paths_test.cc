#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "app_test_support.h"
#include "core/stream_paths.h"

using namespace handout;
namespace fs = std::filesystem;

TEST_CASE("stream paths: descriptor paths are told from files in folders") {
  CHECK(names_descriptor("/dev/stdin"));
  CHECK(names_descriptor("/dev/stdout"));
  CHECK(names_descriptor("/dev/stderr"));
  CHECK(names_descriptor("/dev/fd/0"));
  CHECK(names_descriptor("/proc/self/fd/1"));
  CHECK_FALSE(names_descriptor("/dev/null"));
  CHECK_FALSE(names_descriptor("/dev/shm/handout-not-there.pdf"));
  CHECK_FALSE(names_descriptor("data/talk.yaml"));
  CHECK_FALSE(names_descriptor("/proc/self/status"));
}

TEST_CASE("stream paths: relative paths start in the file's folder, or the working folder") {
  CHECK(source_folder("data/talk.yaml") == "data");
  CHECK(source_folder("talk.yaml") == "");
  CHECK(source_folder("/dev/stdin") == "");
  CHECK(source_folder("/dev/fd/0") == "");
  CHECK(source_folder("/dev/null") == "");
  const fs::path folder = fresh_folder("handout-stream-paths");
  fs::create_directories(folder);
  const std::string pipe = (folder / "data.yaml").string();
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  CHECK(source_folder(pipe) == "");
  std::ofstream(folder / "file.yaml") << "title: x\n";
  CHECK(source_folder((folder / "file.yaml").string()) == folder.string());
  fs::remove_all(folder);
}
