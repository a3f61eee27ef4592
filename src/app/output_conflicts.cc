#include "app/output_conflicts.h"

#include <sys/stat.h>

#include <map>
#include <optional>
#include <utility>

#include "core/read_root.h"

namespace handout {
namespace {

using FileIdentity = std::pair<dev_t, ino_t>;

std::optional<FileIdentity> identity_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return FileIdentity{status.st_dev, status.st_ino};
}

// The identity of an output that writing would replace: nothing for a path that does not exist
// yet and for a device, pipe or socket (written into, never replaced).
std::optional<FileIdentity> replaced_identity(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  if (S_ISCHR(status.st_mode) || S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode)) {
    return std::nullopt;
  }
  return FileIdentity{status.st_dev, status.st_ino};
}

// The path with `.` and `..` applied as written, links not followed.
std::filesystem::path as_written(const std::string& path) {
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return (error ? std::filesystem::path(path) : absolute).lexically_normal();
}

void refuse_input(const JobOutput& output, const std::string& input, Diagnostics& diagnostics) {
  const bool same_name = as_written(output.path) == as_written(input);
  diagnostics.error({},
                    output.option + " '" + output.path + "' would write over the input '" + input +
                        "'" + (same_name ? "" : " (the same file)") +
                        "; handout never writes over a file it reads",
                    {"choose another path for " + output.option}, FailureKind::bad_usage);
}

// Where each input is, by identity: the first name it was read by.
std::map<FileIdentity, std::string> identities_of(const std::vector<std::string>& inputs) {
  std::map<FileIdentity, std::string> found;
  for (const std::string& input : inputs) {
    if (auto identity = identity_of(input)) found.try_emplace(*identity, input);
  }
  return found;
}

}  // namespace

std::vector<std::pair<JobOutput, std::string>> outputs_among_inputs(
    const std::vector<JobOutput>& outputs, const std::vector<std::string>& inputs) {
  std::vector<std::pair<const JobOutput*, FileIdentity>> existing;
  for (const JobOutput& output : outputs) {
    if (auto identity = replaced_identity(output.path)) existing.emplace_back(&output, *identity);
  }
  std::vector<std::pair<JobOutput, std::string>> found;
  if (existing.empty()) return found;  // the usual case: no input is looked at
  const std::map<FileIdentity, std::string> read = identities_of(inputs);
  for (const auto& [output, identity] : existing) {
    auto input = read.find(identity);
    if (input != read.end()) found.emplace_back(*output, input->second);
  }
  return found;
}

bool check_outputs_are_not_inputs(const std::vector<JobOutput>& outputs,
                                  const std::vector<std::string>& inputs,
                                  Diagnostics& diagnostics) {
  const auto found = outputs_among_inputs(outputs, inputs);
  for (const auto& [output, input] : found) refuse_input(output, input, diagnostics);
  return found.empty();
}

bool check_run_files_not_read(const std::vector<JobOutput>& outputs,
                              const std::vector<std::string>& inputs, Diagnostics& diagnostics) {
  const auto found = outputs_among_inputs(outputs, inputs);
  for (const auto& [output, input] : found) {
    diagnostics.error({},
                      output.option + " '" + output.path + "' is not written: it is '" + input +
                          "', which a document of the batch read",
                      {"choose another path for " + output.option}, FailureKind::bad_usage);
  }
  return found.empty();
}

bool check_outputs_are_distinct(const std::vector<JobOutput>& outputs, Diagnostics& diagnostics) {
  bool distinct = true;
  for (size_t i = 0; i < outputs.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const std::optional<FileIdentity> first = identity_of(outputs[j].path);
      const bool same = resolved_path(outputs[i].path) == resolved_path(outputs[j].path) ||
                        (first && first == identity_of(outputs[i].path));
      if (!same) continue;
      diagnostics.error({},
                        outputs[j].option + " and " + outputs[i].option + " both name '" +
                            outputs[i].path + "'; each output needs its own file",
                        {"choose another path for " + outputs[i].option}, FailureKind::bad_usage);
      distinct = false;
    }
  }
  return distinct;
}

bool check_batch_outputs(const std::vector<BatchDocument>& documents,
                         const std::vector<JobOutput>& side_outputs,
                         const std::string& template_file, Diagnostics& diagnostics) {
  std::vector<std::string> inputs;
  if (!template_file.empty()) inputs.push_back(template_file);
  std::vector<JobOutput> outputs = side_outputs;
  for (const BatchDocument& document : documents) {
    if (inputs.empty() || inputs.back() != document.data_path) {
      inputs.push_back(document.data_path);  // --each: one data file for every document
    }
    if (!document.output_path.empty()) outputs.push_back({document.output_path, "-o"});
  }
  bool fine = check_outputs_are_distinct(side_outputs, diagnostics);
  std::vector<std::filesystem::path> side_paths;
  for (const JobOutput& side : side_outputs) side_paths.push_back(resolved_path(side.path));
  for (const BatchDocument& document : documents) {
    if (document.output_path.empty() || side_paths.empty()) continue;
    const std::filesystem::path pdf = resolved_path(document.output_path);
    for (size_t i = 0; i < side_paths.size(); ++i) {
      if (side_paths[i] != pdf) continue;
      const JobOutput& side = side_outputs[i];
      diagnostics.error({},
                        side.option + " '" + side.path + "' is the PDF of " + document.name() +
                            "; each output needs its own file",
                        {"choose another path for " + side.option}, FailureKind::bad_usage);
      fine = false;
    }
  }
  return check_outputs_are_not_inputs(outputs, inputs, diagnostics) && fine;
}

}  // namespace handout
