#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/read_root.h"
#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

struct FontFamilies {
  std::map<std::string, FontFamilyDef> by_name;
  std::string first_declared;  // the family a style without 'font' uses
};

// The template's `fonts`: families of up to four faces, each resolved to an existing file:
// an absolute path as written, a relative one in `template_folder` first and then in each of
// `font_dirs`; a file outside `root` is an error. A family with errors is still listed, so
// styles naming it are not errors too.
FontFamilies read_font_families(YamlReader& reader, const YAML::Node& fonts,
                                const std::string& template_folder,
                                const std::vector<std::string>& font_dirs, const ReadRoot& root);

}  // namespace handout
