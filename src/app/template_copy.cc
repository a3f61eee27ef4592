#include "app/template_copy.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "app/output_file.h"
#include "app/template_lookup.h"
#include "core/file_reading.h"
#include "load/template_loader.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

using Copy = std::pair<std::string, std::string>;  // from, to

bool names_a_bundled_template(const std::string& name, Diagnostics& diagnostics) {
  if (is_bundled_template_name(name)) return true;
  diagnostics.error({}, "'handout init' copies a bundled template; '" + name + "' is not a name",
                    {"give a name from 'handout templates', e.g. handout init cards"},
                    FailureKind::bad_usage);
  return false;
}

// The template and its partials, each to the same place relative to the copy.
std::vector<Copy> planned_copies(const std::string& name, const std::string& source,
                                 const std::string& folder, const BundledFiles& bundled,
                                 Diagnostics& diagnostics) {
  std::vector<Copy> copies{
      {source, (fs::path(folder) / (name + ".yaml")).lexically_normal().string()}};
  Diagnostics load_problems;
  auto layout = load_template_file(source, bundled.font_dirs(), load_problems);
  if (!layout) {
    diagnostics.warning({},
                        "the bundled template '" + name +
                            "' does not load, so its partials are not known and not copied",
                        {"run 'handout check DATA.yaml -t " + name + "' to see why"});
    return copies;
  }
  fs::path templates_dir = fs::path(source).parent_path();
  for (const std::string& partial : layout->included_files) {
    fs::path relative =
        fs::weakly_canonical(partial).lexically_relative(fs::weakly_canonical(templates_dir));
    if (relative.empty() || *relative.begin() == "..") {
      diagnostics.warning({}, "the partial '" + partial + "' lies outside " +
                                  templates_dir.string() + " and is not copied");
      continue;
    }
    copies.emplace_back(partial, (fs::path(folder) / relative).lexically_normal().string());
  }
  return copies;
}

bool none_exists(const std::vector<Copy>& copies, Diagnostics& diagnostics) {
  bool clear = true;
  for (const auto& [from, to] : copies) {
    std::error_code error;
    if (!fs::exists(fs::symlink_status(to, error))) continue;
    diagnostics.error({}, "'" + to + "' already exists; 'handout init' never overwrites a file",
                      {"remove or rename it, or copy into another folder: handout init NAME "
                       "FOLDER"},
                      FailureKind::cannot_write);
    clear = false;
  }
  return clear;
}

bool copy_one(const Copy& copy, Diagnostics& diagnostics) {
  std::string reason;
  auto content = read_whole_file(copy.first, reason);
  if (!content) {
    diagnostics.error({}, "cannot read the bundled file '" + copy.first + "': " + reason, {},
                      FailureKind::internal);
    return false;
  }
  return write_file_atomically(copy.second, *content, diagnostics);
}

}  // namespace

std::vector<std::string> copy_bundled_template(const std::string& name, const std::string& folder,
                                               const BundledFiles& bundled,
                                               Diagnostics& diagnostics) {
  if (!names_a_bundled_template(name, diagnostics)) return {};
  auto source = find_template_file(name, HandoutData{}, bundled, ReadRoot(), diagnostics);
  if (!source) return {};
  std::vector<Copy> copies = planned_copies(name, *source, folder, bundled, diagnostics);
  if (!none_exists(copies, diagnostics)) return {};
  std::vector<std::string> written;
  for (const Copy& copy : copies) {
    if (!copy_one(copy, diagnostics)) return written;
    written.push_back(copy.second);
  }
  return written;
}

}  // namespace handout
