#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/file_watcher.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {
void write_text(const fs::path& path, const char* text) { std::ofstream(path) << text; }
}  // namespace

TEST_CASE("watch: a write to a watched file wakes the watcher; other files do not") {
  fs::path folder = fresh_folder("handout-watch-test");
  fs::create_directories(folder);
  write_text(folder / "data.yaml", "title: A\n");
  FileWatcher watcher;
  REQUIRE(watcher.problem().empty());
  CHECK(watcher.watch({(folder / "data.yaml").string()}).empty());
  write_text(folder / "other.yaml", "x");  // not watched: ignored
  write_text(folder / "data.yaml", "title: B\n");
  std::string changed;
  CHECK(watcher.wait_for_change(changed, 50) == FileWatcher::Wake::changed);
  CHECK(changed == (folder / "data.yaml").string());
  fs::remove_all(folder);
}

TEST_CASE("watch: a file replaced by a rename (as editors save) is seen") {
  fs::path folder = fresh_folder("handout-watch-rename-test");
  fs::create_directories(folder);
  write_text(folder / "t.yaml", "a");
  FileWatcher watcher;
  watcher.watch({(folder / "t.yaml").string()});
  write_text(folder / "t.yaml.swp", "b");
  fs::rename(folder / "t.yaml.swp", folder / "t.yaml");
  std::string changed;
  CHECK(watcher.wait_for_change(changed, 50) == FileWatcher::Wake::changed);
  CHECK(changed == (folder / "t.yaml").string());
  fs::remove_all(folder);
}

TEST_CASE("watch: a file in a missing folder cannot be watched and is named") {
  FileWatcher watcher;
  std::vector<std::string> missing = watcher.watch({"/nonexistent-handout-folder/a.yaml"});
  CHECK(missing == std::vector<std::string>{"/nonexistent-handout-folder/a.yaml"});
}
