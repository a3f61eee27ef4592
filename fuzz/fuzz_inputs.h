#pragma once

// How the fuzz targets turn bytes into handout's inputs.

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/read_root.h"
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

// Data and template are read as if they were files in fuzz/files/, which links to the figures and
// partials the seeds name: a figure path such as rust-is-used-for.png finds a real image, an
// include such as partials/note.yaml a real partial, and fonts are the bundled ones. Both check
// that a failure is reported (fuzz_checks.h).
std::optional<HandoutData> load_fuzz_data(std::string_view text, Diagnostics& diagnostics);

// Where the inputs may read from: the source tree, as a render's --root would confine them, so
// that a path the fuzzer makes up (../../etc/passwd) meets the same refusal, and the links in
// fuzz/files, which lead to figures elsewhere in the tree, are followed.
const ReadRoot& fuzz_read_root();

// The template an input carries, loaded; nothing (with errors) when it has none or it fails.
std::optional<TemplateDef> load_own_template(const DataAndTemplate& input,
                                             Diagnostics& diagnostics);

// The template to use: the input's own, else the bundled template the data's `template` key
// names ('handout' for any other name), loaded once per process.
const TemplateDef& template_for(const std::optional<TemplateDef>& own, const HandoutData& data);

}  // namespace handout::fuzz
