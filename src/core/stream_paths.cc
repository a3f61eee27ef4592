#include "core/stream_paths.h"

#include <sys/stat.h>

#include <filesystem>
#include <system_error>

namespace handout {
namespace {

namespace fs = std::filesystem;

constexpr int kMostLinks = 40;  // as the kernel's own limit on links in one lookup

// /proc/PID/fd or /proc/PID/task/TID/fd, resolved.
bool is_descriptor_folder(const fs::path& folder) {
  auto part = folder.begin();
  return folder.is_absolute() && ++part != folder.end() && *part == "proc" &&
         folder.filename() == "fd";
}

}  // namespace

bool names_descriptor(const std::string& path) {
  std::error_code error;
  fs::path current = fs::absolute(path, error);
  for (int link = 0; link <= kMostLinks && !error; ++link) {
    const fs::path folder = fs::weakly_canonical(current.parent_path(), error);
    if (error) return false;
    if (is_descriptor_folder(folder)) return true;
    if (!fs::is_symlink(current, error)) return false;
    const fs::path target = fs::read_symlink(current, error);
    current = target.is_absolute() ? target : folder / target;
  }
  return false;
}

std::string source_folder(const std::string& file) {
  struct stat status {};
  const bool stream =
      ::stat(file.c_str(), &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode);
  if (stream || names_descriptor(file)) return "";
  return fs::path(file).parent_path().string();
}

}  // namespace handout
