#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/output_file.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("app: output is written through a temporary file, folders created") {
  fs::path folder = fresh_folder("handout-output-test");
  fs::path target = folder / "nested" / "a.pdf";
  Diagnostics diagnostics;
  REQUIRE(write_file_atomically(target.string(), "first", diagnostics));
  REQUIRE(write_file_atomically(target.string(), "second", diagnostics));
  CHECK(read_all(target) == "second");
  CHECK(std::distance(fs::directory_iterator(target.parent_path()), fs::directory_iterator()) ==
        1);  // no temporary file left behind
  fs::remove_all(folder);
}

TEST_CASE("app: a failed write reports the path and keeps the earlier file") {
  fs::path folder = fresh_folder("handout-output-fail");
  fs::create_directories(folder / "a-folder");
  Diagnostics diagnostics;
  CHECK_FALSE(write_file_atomically((folder / "a-folder").string(), "x", diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].kind == FailureKind::cannot_write);
  CHECK(diagnostics.all()[0].where.file == (folder / "a-folder").string());

  Diagnostics under_file;
  fs::path blocker = folder / "plain-file";
  std::ofstream(blocker) << "keep me";
  CHECK_FALSE(write_file_atomically((blocker / "x.pdf").string(), "x", under_file));
  CHECK(under_file.worst_failure() == FailureKind::cannot_write);
  CHECK(read_all(blocker) == "keep me");
  fs::remove_all(folder);
}

TEST_CASE("app: a batch writes unsynced and flushes each file system once at the end") {
  fs::path folder = fresh_folder("handout-output-sync");
  Diagnostics diagnostics;
  std::vector<std::string> written;
  for (const char* name : {"a.pdf", "sub/b.pdf"}) {
    written.push_back((folder / name).string());
    REQUIRE(write_file_atomically(written.back(), name, diagnostics, /*sync=*/false));
  }
  CHECK(read_all(folder / "sub" / "b.pdf") == "sub/b.pdf");
  CHECK(sync_file_systems(written).empty());
  written.push_back((folder / "missing.pdf").string());  // a path that is gone is reported
  auto failed = sync_file_systems(written);
  REQUIRE(failed.size() == 1);
  CHECK(failed[0].first == written.back());
  fs::remove_all(folder);
}
