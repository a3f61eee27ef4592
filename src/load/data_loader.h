#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "model/data_model.h"

namespace handout {

// Loads a handout data file (docs/data-format.md). Every problem is reported with the file, line
// and column; the result is empty when any error was found.
std::optional<HandoutData> load_data_file(const std::string& path, Diagnostics& diagnostics);

// The same from text already in memory; `file_name` is used for positions and to resolve
// figure paths (relative to its folder).
std::optional<HandoutData> load_data_text(std::string_view yaml, const std::string& file_name,
                                          Diagnostics& diagnostics);

}  // namespace handout
