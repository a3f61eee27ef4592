#include "fuzz_inputs.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "load/data_loader.h"
#include "load/template_loader.h"

namespace handout::fuzz {
namespace {

constexpr std::string_view kTemplateMarker = "\n#%template\n";

std::string source_file(const std::string& relative_path) {
  return std::string(HANDOUT_SOURCE_DIR) + "/" + relative_path;
}

const std::vector<std::string>& bundled_font_dirs() {
  static const std::vector<std::string> dirs = {source_file("fonts")};
  return dirs;
}

std::map<std::string, TemplateDef> load_bundled_templates() {
  std::map<std::string, TemplateDef> templates;
  for (const char* name : {"handout", "reference-sheet", "cards"}) {
    const std::string path = source_file("templates/" + std::string(name) + ".yaml");
    Diagnostics diagnostics;
    std::optional<TemplateDef> loaded = load_template_file(path, bundled_font_dirs(), diagnostics);
    if (!loaded) {  // the source tree is no longer where the target was built from
      std::fprintf(stderr, "fuzz: cannot load the bundled template %s\n", path.c_str());
      std::abort();
    }
    templates.emplace(name, std::move(*loaded));
  }
  return templates;
}

}  // namespace

DataAndTemplate split_data_and_template(std::string_view input) {
  size_t marker = input.find(kTemplateMarker);
  if (marker == std::string_view::npos) return {input, std::nullopt};
  return {input.substr(0, marker), input.substr(marker + kTemplateMarker.size())};
}

std::optional<HandoutData> load_fuzz_data(std::string_view text, Diagnostics& diagnostics) {
  return load_data_text(text, source_file("fuzz/files/fuzz-data.yaml"), diagnostics);
}

std::optional<TemplateDef> load_fuzz_template(std::string_view text, Diagnostics& diagnostics) {
  return load_template_text(text, source_file("fuzz/files/fuzz-template.yaml"),
                            bundled_font_dirs(), diagnostics);
}

const TemplateDef& bundled_template(const std::string& name) {
  static const std::map<std::string, TemplateDef> templates = load_bundled_templates();
  auto found = templates.find(name);
  return found != templates.end() ? found->second : templates.at("handout");
}

}  // namespace handout::fuzz
