#include "app/bundled_files.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "core/read_root.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

std::string running_binary_folder() {
  std::error_code error;
  fs::path binary = fs::read_symlink("/proc/self/exe", error);
  return error ? std::string() : binary.parent_path().string();
}

bool holds_bundled_files(const std::string& folder) {
  std::error_code error;
  return !folder.empty() && fs::is_regular_file(folder + "/templates/handout.yaml", error);
}

}  // namespace

BundledFiles find_bundled_files() {
  std::vector<std::string> candidates;
  if (const char* home = std::getenv("HANDOUT_HOME")) candidates.push_back(home);
  std::string binary_folder = running_binary_folder();
  if (!binary_folder.empty()) {
    candidates.push_back(binary_folder + "/..");
    candidates.push_back(binary_folder + "/../share/handout");
  }
  candidates.push_back(HANDOUT_INSTALL_DATA_DIR);
  candidates.push_back(HANDOUT_SOURCE_DIR);
  for (const std::string& candidate : candidates) {
    if (holds_bundled_files(candidate)) {
      return {resolved_path(candidate).string()};
    }
  }
  return {};
}

}  // namespace handout
