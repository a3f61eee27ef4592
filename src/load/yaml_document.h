#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_parsing.h"

namespace handout {

// What a YAML file's root must be, in the words its error messages use.
struct RootMapping {
  const char* what;        // "the data file"
  const char* when_empty;  // the message for an empty file
  const char* expected;    // "a mapping of keys such as 'title' and 'items'"
};

// The common frame of the data and template loaders: parse `yaml` within `budget` (see
// parse_yaml), check that its root is a mapping, read it with `read(reader, root)`, and give
// nothing when any error was reported (a reader carries on after an error so that one run
// reports as many as it can).
template <typename Read>
auto load_yaml_mapping(std::string_view yaml, const std::string& file_name,
                       const RootMapping& root_mapping, YamlBudget& budget,
                       Diagnostics& diagnostics, Read read)
    -> std::optional<decltype(read(std::declval<YamlReader&>(), std::declval<YAML::Node&>()))> {
  const size_t errors_before = diagnostics.error_count();
  std::optional<YAML::Node> root = parse_yaml(yaml, file_name, budget, diagnostics);
  if (!root) return std::nullopt;
  YamlReader reader(file_name, yaml, diagnostics);
  if (root->IsNull()) {
    reader.error(SourceLocation{file_name}, root_mapping.when_empty);
    return std::nullopt;
  }
  if (!reader.expect(*root, YAML::NodeType::Map, root_mapping.what, root_mapping.expected)) {
    return std::nullopt;
  }
  auto model = read(reader, *root);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return model;
}

}  // namespace handout
