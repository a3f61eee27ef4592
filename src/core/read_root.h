#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace handout {

// The folders under which the data and the template may make handout read files (figures,
// partials, fonts, a template named by the data), like Typst's --root: the inputs may come from
// a pull request, and must not read a key or a password file into a PDF or a CI log.
//
// A path is inside when, with every symbolic link in its existing part resolved and `.` and
// `..` applied, it lies under one of the folders, compared component by component (/a/bc is not
// under /a/b). A path that does not exist is judged the same way, so whether a file outside
// exists is never revealed. (A file swapped for a link between the check and the read is not
// caught: the inputs are files of a checkout, not a live adversary on the machine.)
class ReadRoot {
 public:
  // Confines nothing: every path is inside (library use, unit tests, fuzzing).
  ReadRoot() = default;
  // Confined to `folder`, the root that messages name.
  explicit ReadRoot(const std::string& folder);

  // Allows a further folder (the bundled fonts and templates, the folder of a template given
  // with -t). Messages keep naming the root.
  void also_allow(const std::string& folder);

  bool confines() const { return !folders_.empty(); }
  // The root as an absolute, resolved path; empty when nothing is confined.
  std::string folder() const;

  bool contains(const std::string& path) const;

  // Nothing when `path` may be read; otherwise the message of the error, naming `subject` (as
  // written in the input, e.g. "figure 'figures/../../etc/passwd'"), the root and, when a
  // symbolic link led outside, where it leads.
  std::optional<std::string> refusal(const std::string& subject, const std::string& path) const;

  // Tells roots apart, for caches of things loaded under one root (a template and its partials).
  std::string key() const;

 private:
  std::vector<std::filesystem::path> folders_;  // resolved; the first is the root
};

// The hint that goes with a refusal.
inline constexpr const char* kReadRootHint =
    "pass --root DIR to allow files under DIR (see 'Untrusted input' in docs/ci.md)";

// `path` made absolute, with the symbolic links of its existing part resolved and `.` and `..`
// applied (the rest, which does not exist, normalised as written).
std::filesystem::path resolved_path(const std::string& path);

// Whether `path` is `folder` or lies under it, comparing whole components; both resolved.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

}  // namespace handout
