#pragma once

#include <string>
#include <vector>

#include "load/yaml_node_reader.h"
#include "model/imposition_names.h"
#include "model/template_model.h"

namespace handout {

// The page's print production keys (docs/printing.md): `bleed`, `background`, `impose` and
// `marks`, read from the page mapping into `page`.
void read_print_keys(YamlReader& reader, MappingReader& fields, PageDef& page);

}  // namespace handout
