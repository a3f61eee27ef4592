#pragma once

#include <optional>
#include <string>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// A line: `true` (0.5pt grey), `false` (none), or {width, color, dashed}.
std::optional<RuleDef> read_rule(YamlReader& reader, const YAML::Node& node,
                                 const std::string& key);

// `cards: {columns, rows, gap, cut-lines}`: a grid of equal cards on each page.
std::optional<CardGridDef> read_cards(YamlReader& reader, const YAML::Node& node);

}  // namespace handout
