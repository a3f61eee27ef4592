#include "core/read_root.h"

#include <algorithm>
#include <system_error>

namespace handout {
namespace {

namespace fs = std::filesystem;

// The path with `.` and `..` applied as written, links not followed.
fs::path lexical_path(const std::string& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? fs::path(path) : absolute).lexically_normal();
}

}  // namespace

fs::path resolved_path(const std::string& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (error) return fs::path(path).lexically_normal();
  fs::path resolved = fs::weakly_canonical(absolute, error);
  // A part that cannot be resolved (a loop of links, a folder that cannot be searched) leaves
  // the path as written; it then cannot be read either.
  return error ? absolute.lexically_normal() : resolved;
}

bool is_within(const fs::path& path, const fs::path& folder) {
  auto inside = path.begin();
  for (auto part = folder.begin(); part != folder.end(); ++part, ++inside) {
    // A folder written with a trailing slash ends in an empty part, which anything matches.
    if (part->empty() && std::next(part) == folder.end()) return true;
    if (inside == path.end() || *inside != *part) return false;
  }
  return true;
}

ReadRoot::ReadRoot(const std::string& folder) { also_allow(folder); }

void ReadRoot::also_allow(const std::string& folder) {
  fs::path resolved = resolved_path(folder);
  if (std::find(folders_.begin(), folders_.end(), resolved) == folders_.end()) {
    folders_.push_back(std::move(resolved));
  }
}

std::string ReadRoot::folder() const { return folders_.empty() ? "" : folders_.front().string(); }

bool ReadRoot::contains(const std::string& path) const {
  if (!confines()) return true;
  fs::path resolved = resolved_path(path);
  return std::any_of(folders_.begin(), folders_.end(),
                     [&](const fs::path& folder) { return is_within(resolved, folder); });
}

std::optional<std::string> ReadRoot::refusal(const std::string& subject,
                                             const std::string& path) const {
  if (contains(path)) return std::nullopt;
  std::string message = subject + " is outside the root folder " + folder();
  fs::path resolved = resolved_path(path);
  if (resolved != lexical_path(path)) {
    message += ": a symbolic link leads to " + resolved.string();
  }
  return message;
}

std::string ReadRoot::key() const {
  std::string key;
  for (const fs::path& folder : folders_) key += folder.string() + '\n';
  return key;
}

}  // namespace handout
