#include "load/template_styles_reading.h"

#include <vector>

#include "load/style_inheritance.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kStyleKeys = {"based-on",     "font",        "weight",
                                             "style",        "size",        "leading",
                                             "space-before", "space-after", "first-line-indent",
                                             "align",        "color",       "hyphenate"};
const std::vector<std::string> kAlignments = {"left", "center", "right", "justify"};

void read_font(YamlReader& reader, const YAML::Node& node, const FontFamilies& families,
               StyleSpec& spec) {
  TextValue family = reader.text(node, "font");
  if (family.empty()) return;
  spec.family = family.text;
  if (families.by_name.contains(family.text) || families.by_name.empty()) return;
  report_undefined_name(reader, family.where, "style '" + spec.name + "' uses font family",
                        family.text, names_of(families.by_name),
                        "the font families are " + quoted_list(names_of(families.by_name)));
}

void read_leading(YamlReader& reader, const YAML::Node& node, StyleSpec& spec) {
  if (std::optional<LengthOrFraction> leading = read_positive_measure(reader, node, "leading")) {
    spec.leading =
        leading->fraction ? Leading{*leading->fraction, true} : Leading{*leading->points, false};
  }
}

// Properties that are a choice or a length, each read only when given.
void read_simple_properties(YamlReader& reader, MappingReader& fields, StyleSpec& spec) {
  if (auto weight = fields.find("weight")) {
    if (auto choice = read_choice(reader, *weight, "weight", {"normal", "bold"})) {
      spec.bold = *choice == 1;
    }
  }
  if (auto slant = fields.find("style")) {
    if (auto choice = read_choice(reader, *slant, "style", {"normal", "italic"})) {
      spec.italic = *choice == 1;
    }
  }
  if (auto align = fields.find("align")) {
    if (auto choice = read_choice(reader, *align, "align", kAlignments)) {
      spec.align = static_cast<TextAlign>(*choice);
    }
  }
  if (auto size = fields.find("size")) {
    spec.size = read_length(reader, *size, "size", LengthSign::positive);
  }
  const std::pair<const char*, std::optional<double>*> spacings[] = {
      {"space-before", &spec.space_before},
      {"space-after", &spec.space_after},
      {"first-line-indent", &spec.first_line_indent}};
  for (const auto& [key, target] : spacings) {
    if (auto value = fields.find(key)) {
      *target = read_length(reader, *value, key, LengthSign::non_negative);
    }
  }
}

StyleSpec read_style(YamlReader& reader, const MappingEntry& entry, const FontFamilies& families) {
  StyleSpec spec;
  spec.name = entry.key;
  spec.where = reader.where(entry.key_node);
  std::string label = "style '" + entry.key + "'";
  if (entry.value.IsNull()) return spec;  // an empty style: all built-in defaults
  if (!reader.expect(entry.value, YAML::NodeType::Map, label, "a mapping of properties")) {
    return spec;
  }
  MappingReader fields(reader, entry.value, label, kStyleKeys);
  if (auto based_on = fields.find("based-on")) {
    spec.based_on = reader.text(*based_on, "based-on").text;
    spec.based_on_where = reader.where(*based_on);
  }
  if (auto font = fields.find("font")) read_font(reader, *font, families, spec);
  read_simple_properties(reader, fields, spec);
  if (auto leading = fields.find("leading")) read_leading(reader, *leading, spec);
  if (auto hyphenate = fields.find("hyphenate")) {
    spec.hyphenate = reader.boolean(*hyphenate, "hyphenate");
  }
  if (const MappingEntry* color = fields.entry("color")) {
    if (!color->value.IsNull()) {
      spec.color = read_color(reader, color->value, "color");
      spec.color_where = reader.where(color->value);
    } else {
      report_color_read_as_comment(reader, *color);
    }
  }
  return spec;
}

}  // namespace

std::map<std::string, StyleDef> read_styles(YamlReader& reader, const YAML::Node& styles,
                                            const FontFamilies& families) {
  if (!reader.expect(styles, YAML::NodeType::Map, "styles", "a mapping of named styles")) {
    return {};
  }
  MappingReader names(reader, styles, "styles", {});
  std::vector<StyleSpec> specs;
  for (const MappingEntry& entry : names.entries()) {
    specs.push_back(read_style(reader, entry, families));
  }
  return resolve_styles(specs, families.first_declared, reader);
}

}  // namespace handout
