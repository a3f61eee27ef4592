#pragma once

// How the fuzz targets turn bytes into handout's inputs.

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "model/data_model.h"
#include "model/template_model.h"

namespace handout::fuzz {

// An input is a data file, then optionally a line "#%template" and a template file after it. The
// marker is a YAML comment, so each part of a seed is a valid file on its own.
struct DataAndTemplate {
  std::string_view data;
  std::optional<std::string_view> layout_template;
};
DataAndTemplate split_data_and_template(std::string_view input);

// The data as if it were a file in fuzz/files/, where links to the figures and partials of the
// seeds are: figure paths such as rust-is-used-for.png find a real image.
std::optional<HandoutData> load_fuzz_data(std::string_view text, Diagnostics& diagnostics);

// The template as if it were a file in fuzz/files/: includes such as partials/note.yaml find the
// seeds' partials, and fonts the bundled fonts.
std::optional<TemplateDef> load_fuzz_template(std::string_view text, Diagnostics& diagnostics);

// A bundled template by name, loaded once per process; 'handout' for any other name.
const TemplateDef& bundled_template(const std::string& name);

}  // namespace handout::fuzz
