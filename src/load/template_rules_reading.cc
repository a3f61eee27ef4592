#include "load/template_rules_reading.h"

#include "load/template_value_reading.h"

namespace handout {
namespace {

constexpr int kMostCardRows = 20;

RuleDef grey_rule(SourceLocation where) {
  RuleDef rule;
  rule.width = 0.5;
  rule.color = Color{0.6, 0.6, 0.6};
  rule.where = std::move(where);
  return rule;
}

}  // namespace

std::optional<RuleDef> read_rule(YamlReader& reader, const YAML::Node& node,
                                 const std::string& key) {
  if (node.IsScalar()) {
    std::optional<bool> drawn = reader.boolean(node, key);
    if (!drawn || !*drawn) return std::nullopt;
    return grey_rule(reader.where(node));
  }
  if (!reader.expect(node, YAML::NodeType::Map, key,
                     "true, or a mapping such as {width: 0.4pt, color: \"#bbbbbb\"}")) {
    return std::nullopt;
  }
  RuleDef rule = grey_rule(reader.where(node));
  MappingReader fields(reader, node, key, {"width", "color", "dashed"});
  if (auto width = fields.find("width")) {
    rule.width = read_length(reader, *width, key + " width", LengthSign::positive).value_or(0.5);
  }
  if (auto color = fields.find("color")) {
    rule.color = read_color(reader, *color, key + " color").value_or(rule.color);
    rule.color_where = reader.where(*color);
  } else if (const MappingEntry* entry = fields.entry("color")) {
    report_color_read_as_comment(reader, *entry);
  }
  if (auto dashed = fields.find("dashed")) {
    rule.dashed = reader.boolean(*dashed, key + " dashed").value_or(false);
  }
  return rule;
}

std::optional<CardGridDef> read_cards(YamlReader& reader, const YAML::Node& node) {
  if (!reader.expect(node, YAML::NodeType::Map, "cards",
                     "a mapping such as {columns: 2, rows: 4, cut-lines: true}")) {
    return std::nullopt;
  }
  CardGridDef cards;
  cards.where = reader.where(node);
  MappingReader fields(reader, node, "cards", {"columns", "rows", "gap", "cut-lines"});
  if (auto columns = fields.find("columns")) {
    cards.columns =
        read_whole_number(reader, *columns, "cards columns", 1, kMostCardRows).value_or(2);
  }
  if (auto rows = fields.find("rows")) {
    cards.rows = read_whole_number(reader, *rows, "cards rows", 1, kMostCardRows).value_or(4);
  }
  if (auto gap = fields.find("gap")) {
    cards.gap = read_length(reader, *gap, "cards gap", LengthSign::non_negative).value_or(0);
  }
  if (auto cut_lines = fields.find("cut-lines"))
    cards.cut_lines = read_rule(reader, *cut_lines, "cut-lines");
  return cards;
}

}  // namespace handout
