#include "load/template_loader.h"

#include <filesystem>

#include "load/source_file.h"
#include "load/template_body_reading.h"
#include "load/template_contract_reading.h"
#include "load/template_data_paths.h"
#include "load/template_fit_reading.h"
#include "load/template_fonts_reading.h"
#include "load/template_page_reading.h"
#include "load/template_regions_reading.h"
#include "load/template_styles_reading.h"
#include "load/template_typesetting_reading.h"
#include "load/yaml_document.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_parsing.h"
#include "load/yaml_tree_building.h"

namespace handout {
namespace {

const std::vector<std::string> kTemplateKeys = {
    "name",           "description", "page",   "fonts",  "code-font",
    "fallback-fonts", "styles",      "header", "footer", "pagination",
    "body",           "data",        "fit",    "back"};

std::optional<RegionDef> read_optional_region(YamlReader& reader, const MappingReader& top,
                                              const char* key, const TemplateDef& so_far) {
  const MappingEntry* entry = top.entry(key);
  if (entry == nullptr || entry->value.IsNull()) return std::nullopt;
  return read_region(reader, *entry, so_far.styles);
}

// Each part is read after the parts it refers to: styles need the font families, the header,
// footer and body need the styles, and figure sizes need the page. Without a mapping of styles,
// every style reference would be an error of its own, so the parts that refer to styles are
// skipped.
TemplateDef read_template(YamlReader& reader, const YAML::Node& root,
                          const TemplateFileAccess& access, YamlBudget& budget) {
  std::filesystem::path file(reader.file());
  TemplateDef layout_template;
  layout_template.source_file = reader.file();
  MappingReader top(reader, root, "the template", kTemplateKeys);
  TextValue name = top.optional_text("name");
  layout_template.name = name.empty() ? file.stem().string() : name.text;
  layout_template.description = top.optional_text("description").text;
  layout_template.page = read_page(reader, top.entry("page"));
  layout_template.contract = read_data_contract(reader, top.entry("data"));
  if (auto fit = top.find("fit")) layout_template.fit = read_fit(reader, *fit);
  FontFamilies families;
  if (auto fonts = top.require("fonts")) {
    families = read_font_families(reader, *fonts, file.parent_path().string(), access.font_dirs,
                                  access.root);
  }
  layout_template.families = families.by_name;
  read_typesetting(reader, top, layout_template);
  std::optional<YAML::Node> styles = top.require("styles");
  std::optional<YAML::Node> body = top.require("body");
  if (!styles || !styles->IsMap()) return layout_template;
  layout_template.styles = read_styles(reader, *styles, families);
  layout_template.header = read_optional_region(reader, top, "header", layout_template);
  layout_template.footer = read_optional_region(reader, top, "footer", layout_template);
  if (body) layout_template.blocks = read_body(reader, *body, layout_template, access.root, budget);
  if (auto back = top.find("back")) {
    layout_template.back_blocks =
        read_body(reader, *back, layout_template, access.root, budget, "back");
    if (!layout_template.page.cards) {
      reader.error(top.entry("back")->key_node,
                   "back gives the backs of cards, but this template's page has no card grid",
                   {"give the page a grid, e.g. cards: {columns: 2, rows: 4}"});
    }
  }
  check_template_data_paths(layout_template, reader.diagnostics());
  return layout_template;
}

}  // namespace

std::optional<TemplateDef> load_template_text(std::string_view yaml, const std::string& file_name,
                                              const TemplateFileAccess& access,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits) {
  constexpr RootMapping kTemplateRoot = {
      "the template", "the template is empty; it needs at least 'fonts', 'styles' and 'body'",
      "a mapping of keys such as 'page', 'fonts', 'styles' and 'body'"};
  YamlBudget budget(limits);  // shared with the files the body includes
  return load_yaml_mapping(yaml, file_name, kTemplateRoot, budget, diagnostics,
                           [&](YamlReader& reader, const YAML::Node& root) {
                             return read_template(reader, root, access, budget);
                           });
}

std::optional<TemplateDef> load_template_file(const std::string& path,
                                              const TemplateFileAccess& access,
                                              Diagnostics& diagnostics,
                                              const ResourceLimits& limits) {
  SourceText text = read_source_file(path, limits.max_input_bytes, diagnostics);
  if (!text) return std::nullopt;
  return load_template_text(*text, path, access, diagnostics, limits);
}

}  // namespace handout
