#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/interrupt_cleanup.h"
#include "app/output_file.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

mode_t current_umask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace

TEST_CASE("app: temporary files are made beside the target, registered until renamed") {
  fs::path folder = fresh_folder("handout-temporary-test");
  fs::create_directories(folder);
  const size_t before = registered_temporary_files();
  std::string first = (folder / ".a.pdf.tmp-XXXXXX").string();
  std::string second = first;
  int a = create_temporary_file(first);
  int b = create_temporary_file(second);
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  ::close(a);
  ::close(b);
  CHECK(first != second);
  CHECK(first.find("XXXXXX") == std::string::npos);
  CHECK(fs::path(first).parent_path() == folder);
  CHECK(fs::path(first).filename().string().rfind(".a.pdf.tmp-", 0) == 0);
  CHECK(registered_temporary_files() == before + 2);
  // An ordinary document's permissions, not mkstemp's private 0600.
  struct stat status {};
  REQUIRE(::stat(first.c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == (0666 & ~current_umask()));

  CHECK(rename_temporary_file(first, (folder / "a.pdf").string()) == 0);
  remove_temporary_file(second);
  CHECK(registered_temporary_files() == before);
  CHECK(fs::exists(folder / "a.pdf"));
  CHECK_FALSE(fs::exists(second));
  fs::remove_all(folder);
}

TEST_CASE("app: a failed rename keeps the file registered, for the caller to remove") {
  fs::path folder = fresh_folder("handout-temporary-rename");
  fs::create_directories(folder / "a-folder" / "inside");
  const size_t before = registered_temporary_files();
  std::string temporary = (folder / ".x.tmp-XXXXXX").string();
  int descriptor = create_temporary_file(temporary);
  REQUIRE(descriptor >= 0);
  ::close(descriptor);
  CHECK(rename_temporary_file(temporary, (folder / "a-folder").string()) != 0);
  CHECK(registered_temporary_files() == before + 1);
  remove_temporary_file(temporary);
  CHECK(registered_temporary_files() == before);
  fs::remove_all(folder);
}

TEST_CASE("app: atomic writes leave no temporary file registered, failed or not") {
  fs::path folder = fresh_folder("handout-temporary-writes");
  const size_t before = registered_temporary_files();
  Diagnostics diagnostics;
  CHECK(write_file_atomically((folder / "ok.pdf").string(), "x", diagnostics));
  fs::create_directories(folder / "taken.pdf" / "inside");
  CHECK_FALSE(write_file_atomically((folder / "taken.pdf" / "inside").string(), "x", diagnostics));
  CHECK(registered_temporary_files() == before);
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 2);
  fs::remove_all(folder);
}
