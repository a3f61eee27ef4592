#include "app/document_root.h"

#include <filesystem>
#include <system_error>

#include "app/template_lookup.h"
#include "core/stream_paths.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

// The folder a file's relative paths start from, "." for the working folder.
std::string folder_of(const std::string& file) {
  const std::string folder = source_folder(file);
  return folder.empty() ? "." : folder;
}

}  // namespace

ReadRoot document_root(const std::string& data_path, const std::string& root_option,
                       const std::string& template_choice, const BundledFiles& bundled) {
  ReadRoot root(root_option.empty() ? folder_of(data_path) : root_option);
  if (!bundled.root.empty()) {
    root.also_allow(bundled.templates_dir());
    root.also_allow(bundled.fonts_dir());
  }
  // -t is the user's own choice on the command line, not the input's.
  if (!template_choice.empty() && !is_bundled_template_name(template_choice)) {
    root.also_allow(folder_of(template_choice));
  }
  return root;
}

bool check_root_option(const std::string& root_option, Diagnostics& diagnostics) {
  std::error_code error;
  if (root_option.empty() || fs::is_directory(root_option, error)) return true;
  diagnostics.error({}, "--root '" + root_option + "' is not a folder",
                    {"give the folder under which the data and template may read files"},
                    FailureKind::bad_usage);
  return false;
}

}  // namespace handout
