#pragma once

#include <string>
#include <vector>

#include "load/yaml_node_reader.h"
#include "model/data_model.h"

namespace handout {

// The data's figures: one `figure` mapping or a `figures` list, not both. Relative paths are
// resolved against `data_folder`, the folder of the data file. A figure without a path is left
// out: the template's data contract says whether it needs one.
std::vector<FigureData> read_figures(MappingReader& top, const std::string& data_folder);

}  // namespace handout
