#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/data_model.h"

namespace handout {

// Loads a handout data file (docs/data-format.md): the whole file as a DataNode tree, and the
// document keys handout itself reads (title, lang, template, ...) with their types checked. Which
// other keys the data has is the template's data contract's question. Every problem is reported
// with the file, line and column; the result is empty when any error was found. A file beyond
// `limits` (its size, how deep its values nest, how many values its aliases expand to) is an
// error before its values are read.
std::optional<HandoutData> load_data_file(const std::string& path, Diagnostics& diagnostics,
                                          const ResourceLimits& limits = {});

// The same from text already in memory; `file_name` is used for positions (and is kept as
// HandoutData::source_file, against whose folder the binder resolves the data's image paths).
std::optional<HandoutData> load_data_text(std::string_view yaml, const std::string& file_name,
                                          Diagnostics& diagnostics,
                                          const ResourceLimits& limits = {});

}  // namespace handout
