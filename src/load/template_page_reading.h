#pragma once

#include <optional>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's `page` (size, orientation, margins); without one, A4 portrait with 20mm
// margins. Margins that leave no room for text are an error.
PageDef read_page(YamlReader& reader, const MappingEntry* page);

}  // namespace handout
