#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/read_root.h"
#include "core/resource_limits.h"
#include "model/template_model.h"

namespace handout {

// Where a template finds the files it names, and which it may read. Built from a list of font
// folders alone (`{}`, `{"/fonts"}`, a vector) it confines nothing.
struct TemplateFileAccess {
  TemplateFileAccess() = default;
  TemplateFileAccess(std::initializer_list<std::string> folders) : font_dirs(folders) {}
  TemplateFileAccess(std::vector<std::string> folders, ReadRoot read_root = {})
      : font_dirs(std::move(folders)), root(std::move(read_root)) {}

  std::vector<std::string> font_dirs;  // looked in after the template's own folder, in order
  ReadRoot root;                       // partials and font files must lie under it
};

// Loads a layout template (docs/templates.md). Font files are looked up relative to the
// template's folder, then in each of `access.font_dirs` in order; a partial or font file outside
// `access.root` is an error at the value that names it. Every problem is reported with the
// file, line and column; the result is empty when any error was found. The template and the
// files it includes are held to `limits` as a data file is (see load_data_file); their values
// count together.
std::optional<TemplateDef> load_template_file(const std::string& path,
                                              const TemplateFileAccess& access,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits = {});

std::optional<TemplateDef> load_template_text(std::string_view yaml, const std::string& file_name,
                                              const TemplateFileAccess& access,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits = {});

}  // namespace handout
