#include "app/template_lookup.h"

#include <filesystem>
#include <vector>

#include "app/template_catalog.h"
#include "core/edit_distance.h"
#include "core/stream_paths.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::optional<std::string> bundled_template(const std::string& name, const BundledFiles& bundled,
                                            const SourceLocation& where, Diagnostics& diagnostics) {
  std::string path = bundled.templates_dir() + "/" + name + ".yaml";
  std::error_code error;
  if (!bundled.root.empty() && fs::is_regular_file(path, error)) return path;
  std::vector<std::string> names = bundled_template_names(bundled);
  std::vector<std::string> hints;
  if (auto closest = did_you_mean(name, names)) hints.push_back(*closest);
  hints.push_back(names.empty() ? "no bundled templates were found; set HANDOUT_HOME"
                                : "bundled templates: " + joined(names) +
                                      "; a template file is given by its path");
  diagnostics.error(where, "there is no bundled template named '" + name + "'", hints);
  return std::nullopt;
}

std::optional<std::string> template_path(const std::string& path, const SourceLocation& where,
                                         Diagnostics& diagnostics) {
  std::error_code error;
  if (fs::is_regular_file(path, error)) return path;
  const bool exists = fs::exists(path, error);
  diagnostics.error(
      where,
      "the template file '" + path + "' " +
          (exists ? "is not a file (a folder, a pipe or a device)" : "does not exist"),
      {"give a bundled template name (e.g. 'handout') or an existing file"});
  return std::nullopt;
}

}  // namespace

bool is_bundled_template_name(const std::string& choice) {
  return choice.find('/') == std::string::npos && fs::path(choice).extension() != ".yaml" &&
         fs::path(choice).extension() != ".yml";
}

std::optional<std::string> find_template_file(const std::string& command_line_choice,
                                              const HandoutData& data, const BundledFiles& bundled,
                                              const ReadRoot& root, Diagnostics& diagnostics) {
  if (!command_line_choice.empty()) {
    return is_bundled_template_name(command_line_choice)
               ? bundled_template(command_line_choice, bundled, {}, diagnostics)
               : template_path(command_line_choice, {}, diagnostics);
  }
  if (data.template_name.empty()) return bundled_template("handout", bundled, {}, diagnostics);
  const std::string& choice = data.template_name.text;
  if (is_bundled_template_name(choice)) {
    return bundled_template(choice, bundled, data.template_name.where, diagnostics);
  }
  fs::path relative_to_data = fs::path(source_folder(data.source_file)) / choice;
  const std::string path = fs::path(choice).is_absolute() ? choice : relative_to_data.string();
  if (auto refusal = root.refusal("template '" + choice + "'", path)) {
    diagnostics.error(data.template_name.where, *refusal, {kReadRootHint});
    return std::nullopt;
  }
  return template_path(path, data.template_name.where, diagnostics);
}

}  // namespace handout
