#include "load/template_regions_reading.h"

#include <vector>

#include "load/template_data_paths.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kRegionKeys = {"left", "center", "right", "style", "first-page"};

// A slot's text: {{page}}, {{pages}} and {{section}} for layout, any other tag a data path. Kept
// with its position, so that later checks point at a tag inside it.
TextValue read_slot(YamlReader& reader, MappingReader& fields, const char* key) {
  std::optional<YAML::Node> node = fields.find(key);
  if (!node) return {};
  TextValue slot = reader.text(*node, key);
  check_tag_syntax(reader, slot);
  return slot;
}

// The three slots of `fields` into `slots` (a RegionDef or a RegionSlotsDef).
template <typename Slots>
void read_slots(YamlReader& reader, MappingReader& fields, Slots& slots) {
  slots.left_at = read_slot(reader, fields, "left");
  slots.center_at = read_slot(reader, fields, "center");
  slots.right_at = read_slot(reader, fields, "right");
  slots.left = slots.left_at.text;
  slots.center = slots.center_at.text;
  slots.right = slots.right_at.text;
}

// `first-page: false`, or the first page's own slots.
void read_first_page(YamlReader& reader, const YAML::Node& node, RegionDef& def) {
  if (!node.IsMap()) {
    def.on_first_page = reader.boolean(node, "first-page").value_or(true);
    return;
  }
  RegionSlotsDef slots;
  slots.where = reader.where(node);
  MappingReader fields(reader, node, "first-page", {"left", "center", "right"});
  read_slots(reader, fields, slots);
  def.first_page = std::move(slots);
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
  read_slots(reader, fields, def);
  read_style_name(reader, fields, region.key, styles, def);
  if (auto first_page = fields.find("first-page")) read_first_page(reader, *first_page, def);
  return def;
}

}  // namespace handout
