#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace handout {

// Checks for inputs that yaml-cpp 0.7 mishandles instead of reporting them.

// The opening quote of quoted text that the file ends inside. yaml-cpp accepts such text when a
// line break follows the quote, and swallows every line after it into the value; it is then
// always the document's last value.
std::optional<YAML::Mark> unclosed_final_quote(std::string_view text, const YAML::Node& root);

// The '[' or '{' of a flow collection that is never closed. yaml-cpp reports such an error at
// the end of the file, far from the bracket a reader has to look for.
std::optional<YAML::Mark> unclosed_flow_start(std::string_view text);

// The byte offset of a 0-based line and column in `text`, if the text has that line.
std::optional<size_t> offset_of(std::string_view text, int line_index, int column);

}  // namespace handout
