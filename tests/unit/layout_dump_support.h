#pragma once

// Stored layout dumps (tests/unit/layout_dumps/NAME.txt, format in its README.md): a laid-out
// document compared exactly with the dump stored for it. After an intended change of the layout,
// rewrite them with UPDATE_REFERENCES=1 build/handout_unit_tests (as the picture references of
// tests/e2e are), then read the change in `git diff`.

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/layout_dump.h"
#include "model/page_layout.h"

namespace handout::layout_test {

inline std::string stored_dump_path(const std::string& name) {
  return std::string(HANDOUT_SOURCE_DIR) + "/tests/unit/layout_dumps/" + name + ".txt";
}

inline void check_layout_dump(const std::string& name, const LaidOutDocument& document) {
  const std::string path = stored_dump_path(name);
  const std::string dump = dump_layout(document);
  const char* update = std::getenv("UPDATE_REFERENCES");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << dump;
    MESSAGE("rewrote " << path);
    return;
  }
  std::ifstream file(path, std::ios::binary);
  INFO("stored dump " << path << " (UPDATE_REFERENCES=1 rewrites it after an intended change)");
  REQUIRE_MESSAGE(file.good(), "no stored dump: run with UPDATE_REFERENCES=1 to write it");
  std::ostringstream stored;
  stored << file.rdbuf();
  CHECK(dump == stored.str());
}

}  // namespace handout::layout_test
