#include "app/template_prefetch.h"

#include <filesystem>
#include <system_error>

#include "app/document_root.h"
#include "app/template_lookup.h"
#include "core/file_reading.h"
#include "core/stream_paths.h"
#include "core/whitespace.h"

namespace handout {
namespace {

constexpr std::string_view kTemplateKey = "template:";

// The value of the data file's top-level `template:` line ("handout", "'cards'", "my.yaml"),
// "" when it has none, nullopt when it cannot be read or the line is not a plain value. A cheap
// look at the text: the parsed data decides. A file over the input size limit is not read here
// either (the data load refuses it).
std::optional<std::string> template_line_value(const std::string& data_path,
                                               const ResourceLimits& limits) {
  // A pipe (`render /dev/stdin`) is left to the data load: its content can be read only once.
  std::error_code error;
  if (!std::filesystem::is_regular_file(data_path, error)) return std::nullopt;
  const BoundedFile file = read_file_at_most(data_path, limits.max_input_bytes);
  if (!file.content) return std::nullopt;  // the data load reports the problem
  const std::optional<std::string>& text = file.content;
  size_t at = text->starts_with(kTemplateKey) ? 0 : text->find("\ntemplate:");
  if (at == std::string::npos) return "";
  at = text->find(':', at) + 1;
  std::string value(trim_whitespace(std::string_view(*text).substr(at, text->find('\n', at) - at)));
  if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  if (value.empty() || value.find_first_of("#&*!|>{[") != std::string::npos) return std::nullopt;
  return value;
}

std::string bundled_path(const BundledFiles& bundled, const std::string& name) {
  return bundled.templates_dir() + "/" + name + ".yaml";
}

}  // namespace

// As find_template_file chooses: -t, else the data's key (a bundled name, or a path relative to
// the data file), else the bundled 'handout'.
std::string likely_template_path(const Job& job, const std::string& data_path,
                                 const BundledFiles& bundled) {
  if (bundled.root.empty()) return "";
  const std::string& command_line = job.document.template_choice;
  if (!command_line.empty()) {
    return is_bundled_template_name(command_line) ? bundled_path(bundled, command_line)
                                                  : command_line;
  }
  const std::optional<std::string> value = template_line_value(data_path, job.document.limits);
  if (!value) return "";
  if (value->empty()) return bundled_path(bundled, "handout");
  if (is_bundled_template_name(*value)) return bundled_path(bundled, *value);
  const std::filesystem::path path(*value);
  return path.is_absolute() ? *value
                            : (std::filesystem::path(source_folder(data_path)) / path).string();
}

std::future<void> prefetch_template(const Job& job, const std::string& data_path,
                                    const BundledFiles& bundled, TemplateCache& templates) {
  std::string path = likely_template_path(job, data_path, bundled);
  ReadRoot root =
      document_root(data_path, job.document.root_folder, job.document.template_choice, bundled);
  std::error_code error;
  // Only a regular file the render itself may read: never a FIFO, a device or a file outside.
  if (path.empty() || !std::filesystem::is_regular_file(path, error) || !root.contains(path)) {
    return {};
  }
  TemplateFileAccess access{bundled.font_dirs(), std::move(root)};
  return std::async(std::launch::async, [&templates, path, access = std::move(access),
                                         limits = job.document.limits] {
    Diagnostics replayed_later;  // the render's own load of the template reports them
    templates.load(path, access, replayed_later, limits);
  });
}

}  // namespace handout
