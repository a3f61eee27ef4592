#include "load/template_typesetting_reading.h"

#include "load/template_value_reading.h"

namespace handout {
namespace {

constexpr int kFewestLines = 1;
constexpr int kMostLines = 10;

// A family named by `key`; an unknown one is an error with the closest family as a hint.
std::string read_family_name(YamlReader& reader, const YAML::Node& node, const std::string& key,
                             const std::map<std::string, FontFamilyDef>& families) {
  TextValue name = reader.text(node, key);
  if (name.empty() || families.contains(name.text) || families.empty()) return name.text;
  report_undefined_name(reader, name.where, key + " names font family", name.text,
                        names_of(families),
                        "the font families are " + quoted_list(names_of(families)));
  return "";
}

std::string read_code_family(YamlReader& reader, const MappingReader& top,
                             const std::map<std::string, FontFamilyDef>& families) {
  if (auto code_font = top.find("code-font")) {
    return read_family_name(reader, *code_font, "code-font", families);
  }
  return families.contains("mono") ? "mono" : "";
}

std::vector<std::string> read_fallback_families(
    YamlReader& reader, const YAML::Node& node,
    const std::map<std::string, FontFamilyDef>& families) {
  std::vector<std::string> hints;
  if (node.IsScalar()) hints.push_back("write a list, e.g. [" + node.Scalar() + "]");
  if (!reader.expect(node, YAML::NodeType::Sequence, "fallback-fonts", "a list of font families",
                     hints)) {
    return {};
  }
  std::vector<std::string> names;
  for (const YAML::Node& entry : node) {
    std::string name = read_family_name(reader, entry, "fallback-fonts", families);
    if (!name.empty()) names.push_back(name);
  }
  return names;
}

PaginationRules read_pagination(YamlReader& reader, const YAML::Node& node) {
  PaginationRules rules;
  rules.where = reader.where(node);
  if (!reader.expect(node, YAML::NodeType::Map, "pagination",
                     "a mapping such as {orphans: 2, widows: 2}")) {
    return rules;
  }
  MappingReader fields(reader, node, "pagination", {"orphans", "widows"});
  if (auto orphans = fields.find("orphans")) {
    rules.orphans = read_whole_number(reader, *orphans, "orphans", kFewestLines, kMostLines)
                        .value_or(rules.orphans);
  }
  if (auto widows = fields.find("widows")) {
    rules.widows = read_whole_number(reader, *widows, "widows", kFewestLines, kMostLines)
                       .value_or(rules.widows);
  }
  return rules;
}

}  // namespace

void read_typesetting(YamlReader& reader, const MappingReader& top, TemplateDef& layout_template) {
  layout_template.code_family = read_code_family(reader, top, layout_template.families);
  if (auto fallbacks = top.find("fallback-fonts")) {
    layout_template.fallback_families =
        read_fallback_families(reader, *fallbacks, layout_template.families);
  }
  if (auto pagination = top.find("pagination")) {
    layout_template.pagination = read_pagination(reader, *pagination);
  }
}

}  // namespace handout
