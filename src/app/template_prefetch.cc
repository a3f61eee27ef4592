#include "app/template_prefetch.h"

#include <filesystem>

#include "app/template_lookup.h"
#include "core/file_reading.h"

namespace handout {
namespace {

// Whether the data file may name its own template: any line that starts with `template:`
// (a cheap look at the text; the parsed data decides).
bool may_name_template(const std::string& data_path) {
  std::string error;
  const std::optional<std::string> text = read_whole_file(data_path, error);
  if (!text) return true;  // the data load reports the problem; guess nothing
  return text->starts_with("template:") || text->find("\ntemplate:") != std::string::npos;
}

std::string likely_template_path(const Job& job, const std::string& data_path,
                                 const BundledFiles& bundled) {
  if (bundled.root.empty()) return "";
  if (!job.template_name.empty()) {
    return is_bundled_template_name(job.template_name)
               ? bundled.templates_dir() + "/" + job.template_name + ".yaml"
               : job.template_name;
  }
  return may_name_template(data_path) ? "" : bundled.templates_dir() + "/handout.yaml";
}

}  // namespace

std::future<void> prefetch_template(const Job& job, const std::string& data_path,
                                    const BundledFiles& bundled, TemplateCache& templates) {
  std::string path = likely_template_path(job, data_path, bundled);
  std::error_code error;
  if (path.empty() || !std::filesystem::is_regular_file(path, error)) return {};
  return std::async(std::launch::async, [&templates, path, font_dirs = bundled.font_dirs()] {
    Diagnostics replayed_later;  // the render's own load of the template reports them
    templates.load(path, font_dirs, replayed_later);
  });
}

}  // namespace handout
