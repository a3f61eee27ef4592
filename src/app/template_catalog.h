#pragma once

#include <string>
#include <vector>

#include "app/bundled_files.h"

namespace handout {

// A template shipped with handout, as `handout templates` lists it.
struct BundledTemplate {
  std::string name;  // the file's stem: what -t and `handout init` take
  std::string path;
  std::string description;  // the template's `description:`
  std::string problem;      // why it could not be loaded; empty when it loads
};

// The stems of templates/*.yaml, sorted.
std::vector<std::string> bundled_template_names(const BundledFiles& bundled);

// Every bundled template, loaded for its description (a broken one is listed with its problem).
std::vector<BundledTemplate> list_bundled_templates(const BundledFiles& bundled);

// The text `handout templates` prints: one line per template, names aligned.
std::string template_list_text(const std::vector<BundledTemplate>& templates);

}  // namespace handout
