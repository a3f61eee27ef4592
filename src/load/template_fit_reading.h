#pragma once

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's `fit` section (docs/templates.md, "fit"):
//   fit:
//     pages: 2
//     steps: [{text-size: 85%}, {leading: 90%}, {figure-scale: 50%}, {columns: 4}]
// Each step is a one-key mapping; the shrinking ones take a percentage below 100%, `columns` the
// most columns. A bad value is an error at its position; the steps read well are kept.
FitDef read_fit(YamlReader& reader, const YAML::Node& node);

}  // namespace handout
