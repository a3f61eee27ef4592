#include "load/template_regions_reading.h"

#include <vector>

#include "load/template_data_paths.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kRegionKeys = {"left",  "center", "right",     "inner",
                                              "outer", "style",  "first-page"};
const std::vector<std::string> kSlotKeys = {"left", "center", "right", "inner", "outer"};

// A slot's text: {{page}}, {{pages}} and {{section}} for layout, any other tag a data path. Kept
// with its position, so that later checks point at a tag inside it.
TextValue read_slot(YamlReader& reader, MappingReader& fields, const char* key) {
  std::optional<YAML::Node> node = fields.find(key);
  if (!node) return {};
  TextValue slot = reader.text(*node, key);
  check_tag_syntax(reader, slot);
  return slot;
}

// Inner and outer are left and right of an odd page, mirrored on even pages when two-sided; a
// region names one pair or the other, as margins do.
bool uses_inner_outer(YamlReader& reader, MappingReader& fields) {
  const bool mirrored = fields.entry("inner") || fields.entry("outer");
  for (const char* flat : {"left", "right"}) {
    if (mirrored && fields.entry(flat)) {
      reader.error(fields.entry(flat)->key_node,
                   std::string("a header or footer has either inner and outer, or left and "
                               "right; not '") +
                       flat + "' with them");
    }
  }
  return mirrored;
}

// The three slots of `fields` into `slots` (a RegionDef or a RegionSlotsDef): with inner and
// outer, the left slot is the inner one and the right slot the outer one. Returns whether they
// were written as inner and outer.
template <typename Slots>
bool read_slots(YamlReader& reader, MappingReader& fields, Slots& slots) {
  const bool mirrored = uses_inner_outer(reader, fields);
  slots.left_at = read_slot(reader, fields, mirrored ? "inner" : "left");
  slots.center_at = read_slot(reader, fields, "center");
  slots.right_at = read_slot(reader, fields, mirrored ? "outer" : "right");
  slots.left = slots.left_at.text;
  slots.center = slots.center_at.text;
  slots.right = slots.right_at.text;
  return mirrored;
}

// `first-page: false`, or the first page's own slots.
void read_first_page(YamlReader& reader, const YAML::Node& node, RegionDef& def) {
  if (!node.IsMap()) {
    def.on_first_page = reader.boolean(node, "first-page").value_or(true);
    return;
  }
  RegionSlotsDef slots;
  slots.where = reader.where(node);
  MappingReader fields(reader, node, "first-page", kSlotKeys);
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
                     "a mapping of 'left', 'center', 'right' (or 'inner' and 'outer'), 'style' "
                     "and 'first-page'")) {
    return def;
  }
  MappingReader fields(reader, region.value, region.key, kRegionKeys);
  def.inner_outer = read_slots(reader, fields, def);
  read_style_name(reader, fields, region.key, styles, def);
  if (auto first_page = fields.find("first-page")) read_first_page(reader, *first_page, def);
  return def;
}

}  // namespace handout
