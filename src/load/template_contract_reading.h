#pragma once

#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's `data:` section, the data contract: a mapping of field names to declarations.
// A declaration is a type name (`subtitle: text`, an optional field) or a mapping with `type`,
// `required`, `description`, and for a record its `fields`, for a list what it is `of` (a type
// name, or a mapping of the fields of each element, which is then a record). Without `type`, a
// declaration with `fields` is a record, one with `of` a list, and any other one text. Without
// a `data:` section the contract is not declared and accepts any data.
DataContract read_data_contract(YamlReader& reader, const MappingEntry* data);

// The names of the field types, as written in templates ("text", "number", ...).
const std::vector<std::string>& field_type_names();

}  // namespace handout
