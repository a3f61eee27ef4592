#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "load/yaml_tree_building.h"

namespace handout {

// Parses the text of one YAML file. Text that is not UTF-8 is reported line by line and parsing
// goes on, so the caller can still find other problems. A syntax error, or a second document
// in the file, is reported and gives nullopt, and so is a file that breaks one of `budget`'s
// bounds (nesting, values, an alias inside its own anchor), before anything walks its tree. An
// empty file gives a null node.
std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     YamlBudget& budget, Diagnostics& diagnostics);

// yaml-cpp's terse parser message ("illegal map value") in words a user can act on.
std::string readable_syntax_message(const std::string& yaml_cpp_message);

}  // namespace handout
