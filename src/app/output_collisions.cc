#include "app/output_collisions.h"

#include <sys/stat.h>

#include <filesystem>
#include <map>

#include "app/output_file.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

// The path made absolute and free of '.', '..' and symbolic links as far as it exists.
std::string comparable_path(const std::string& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? fs::path(path).lexically_normal().string() : canonical.string();
}

// "device:inode" of an existing file (so that hard links compare equal), else nothing.
std::string file_identity(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return "";
  return std::to_string(status.st_dev) + ":" + std::to_string(status.st_ino);
}

}  // namespace

bool check_outputs_are_distinct(const std::vector<PlannedOutput>& outputs,
                                Diagnostics& diagnostics) {
  std::map<std::string, const PlannedOutput*> by_path, by_identity;
  bool distinct = true;
  for (const PlannedOutput& output : outputs) {
    if (output.path.empty() || is_stream_target(output.path)) continue;
    const PlannedOutput* earlier = nullptr;
    auto [entry, inserted] = by_path.try_emplace(comparable_path(output.path), &output);
    if (!inserted) earlier = entry->second;
    if (const std::string identity = file_identity(output.path); !identity.empty()) {
      auto [same, first] = by_identity.try_emplace(identity, &output);
      if (!first && !earlier) earlier = same->second;
    }
    if (!earlier) continue;
    diagnostics.error(
        {}, earlier->what + " and " + output.what + " would be the same file '" + output.path + "'",
        {"give each output its own path: one would replace the other"}, FailureKind::bad_usage);
    distinct = false;
  }
  return distinct;
}

}  // namespace handout
