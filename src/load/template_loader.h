#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/template_model.h"

namespace handout {

// Loads a layout template (docs/templates.md). Font files are looked up relative to the
// template's folder, then in each of `font_dirs` in order. Every problem is reported with the
// file, line and column; the result is empty when any error was found. The template and the
// files it includes are held to `limits` as a data file is (see load_data_file); their values
// count together.
std::optional<TemplateDef> load_template_file(const std::string& path,
                                              const std::vector<std::string>& font_dirs,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits = {});

std::optional<TemplateDef> load_template_text(std::string_view yaml, const std::string& file_name,
                                              const std::vector<std::string>& font_dirs,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits = {});

}  // namespace handout
