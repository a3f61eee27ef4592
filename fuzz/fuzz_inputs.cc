#include "fuzz_inputs.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "fuzz_checks.h"
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
  std::optional<HandoutData> loaded =
      load_data_text(text, source_file("fuzz/files/fuzz-data.yaml"), diagnostics);
  check_failure_is_reported(loaded.has_value(), diagnostics, "load data");
  return loaded;
}

std::optional<TemplateDef> load_own_template(const DataAndTemplate& input,
                                             Diagnostics& diagnostics) {
  if (!input.layout_template) return std::nullopt;
  std::optional<TemplateDef> loaded =
      load_template_text(*input.layout_template, source_file("fuzz/files/fuzz-template.yaml"),
                         bundled_font_dirs(), diagnostics);
  check_failure_is_reported(loaded.has_value(), diagnostics, "load template");
  return loaded;
}

const ReadRoot& fuzz_read_root() {
  static const ReadRoot root(HANDOUT_SOURCE_DIR);
  return root;
}

const TemplateDef& template_for(const std::optional<TemplateDef>& own, const HandoutData& data) {
  if (own) return *own;
  static const std::map<std::string, TemplateDef> bundled = load_bundled_templates();
  auto found = bundled.find(data.template_name.text);
  return found != bundled.end() ? found->second : bundled.at("handout");
}

}  // namespace handout::fuzz
