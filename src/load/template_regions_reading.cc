#include "load/template_regions_reading.h"

#include <vector>

#include "load/placeholder_check.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kRegionKeys = {"left", "center", "right", "style", "first-page"};

std::string read_slot(YamlReader& reader, MappingReader& fields, const char* key) {
  std::optional<YAML::Node> node = fields.find(key);
  if (!node) return "";
  TextValue slot = reader.text(*node, key);
  for (PlaceholderProblem& problem : check_placeholders(slot.text)) {
    reader.error(reader.where_in_scalar(*node, problem.offset), std::move(problem.message),
                 std::move(problem.hints));
  }
  return slot.text;
}

void read_style_name(YamlReader& reader, MappingReader& fields, const std::string& region,
                     const std::map<std::string, StyleDef>& styles, RegionDef& def) {
  TextValue named = fields.optional_text("style");
  def.style = named.empty() ? region : named.text;
  if (styles.contains(def.style)) return;
  if (!named.empty()) {
    report_undefined_name(reader, named.where, region + " uses style", def.style, names_of(styles),
                          "");
  } else {
    report_undefined_name(
        reader, def.where, region + " uses style", def.style, {},
        "define a style '" + region + "' under 'styles', or name another one with 'style:'");
  }
}

}  // namespace

RegionDef read_region(YamlReader& reader, const MappingEntry& region,
                      const std::map<std::string, StyleDef>& styles) {
  RegionDef def;
  def.where = reader.where(region.key_node);
  if (!reader.expect(region.value, YAML::NodeType::Map, region.key,
                     "a mapping of 'left', 'center', 'right', 'style' and 'first-page'")) {
    return def;
  }
  MappingReader fields(reader, region.value, region.key, kRegionKeys);
  def.left = read_slot(reader, fields, "left");
  def.center = read_slot(reader, fields, "center");
  def.right = read_slot(reader, fields, "right");
  read_style_name(reader, fields, region.key, styles, def);
  if (auto first_page = fields.find("first-page")) {
    def.on_first_page = reader.boolean(*first_page, "first-page").value_or(true);
  }
  return def;
}

}  // namespace handout
