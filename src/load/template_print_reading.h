#pragma once

#include <string>
#include <vector>

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The page's print production keys (docs/printing.md): `bleed`, `background`, `impose` and
// `marks`, read from the page mapping into `page`.
void read_print_keys(YamlReader& reader, MappingReader& fields, PageDef& page);

// The names of the impositions, in the order of Imposition: none, 2up, booklet, cards. The
// template's `impose` and the command line's --impose take the same names.
const std::vector<std::string>& imposition_names();

}  // namespace handout
