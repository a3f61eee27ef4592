#pragma once

#include <map>
#include <string>

#include "load/template_fonts_reading.h"
#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// The template's `styles` with `based-on` applied (see style_inheritance.h). A style's font
// must be one of `families`. A style with errors is still listed, so that blocks naming it
// are not errors too.
std::map<std::string, StyleDef> read_styles(YamlReader& reader, const YAML::Node& styles,
                                            const FontFamilies& families);

}  // namespace handout
