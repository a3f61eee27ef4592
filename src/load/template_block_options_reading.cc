#include "load/template_block_options_reading.h"

#include "core/template_tags.h"
#include "load/length_parser.h"
#include "load/template_data_paths.h"
#include "load/template_rules_reading.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

TextValue read_template_text(YamlReader& reader, const YAML::Node& node, const std::string& key) {
  TextValue text = reader.text(node, key);
  check_tag_syntax(reader, text);
  return text;
}

TextValue read_data_path(YamlReader& reader, const YAML::Node& node, const std::string& key) {
  TextValue path = reader.text(node, key);
  if (!path.empty() && !is_data_path(path.text)) {
    std::vector<std::string> hints;
    if (path.text.find("{{") != std::string::npos) {
      hints.push_back("write the path without braces, e.g. " + key + ": items");
    }
    reader.error(
        node,
        key + " needs a data path such as 'items' or 'figure.caption', not '" + path.text + "'",
        hints);
  }
  return path;
}

// A share of the frame or a length, kept as written: the frame is known in layout, which
// resolves it and checks that it is at most the whole frame (layout/frame_measures.h).
std::optional<Measure> read_frame_measure(YamlReader& reader, const YAML::Node& node,
                                          const std::string& key) {
  std::optional<LengthOrFraction> read = read_positive_measure(reader, node, key);
  if (!read) return std::nullopt;
  Measure measure;
  if (read->fraction) measure.fraction = *read->fraction;
  if (read->points) measure.points = *read->points;
  measure.written = node.Scalar();
  measure.where = reader.where(node);
  return measure;
}

std::string read_style_name(YamlReader& reader, MappingReader& fields, const std::string& key,
                            const TemplateDef& layout_template) {
  TextValue named = fields.optional_text(key);
  if (named.empty()) return "";
  if (!layout_template.styles.contains(named.text)) {
    report_undefined_name(reader, named.where, "this block's " + key + " is", named.text,
                          names_of(layout_template.styles), "");
  }
  return named.text;
}

TableColumnDef read_table_column(YamlReader& reader, const YAML::Node& node, size_t index) {
  TableColumnDef column;
  column.where = reader.where(node);
  const std::string label = "table column " + std::to_string(index + 1);
  if (!reader.expect(node, YAML::NodeType::Map, label,
                     "a mapping such as {header: Area, text: \"{{heading}}\"}")) {
    return column;
  }
  MappingReader fields(reader, node, label, {"header", "text", "width", "align"});
  if (auto header = fields.find("header"))
    column.header = read_template_text(reader, *header, "header");
  if (auto text = fields.require("text")) column.cell = read_template_text(reader, *text, "text");
  if (auto width = fields.find("width")) {
    column.width = read_frame_measure(reader, *width, "width").value_or(Measure{});
  }
  if (auto align = fields.find("align")) {
    if (auto choice =
            read_choice(reader, *align, "align", {"left", "center", "right", "justify"})) {
      column.align = static_cast<TextAlign>(*choice);
    }
  }
  return column;
}

void read_table_columns(YamlReader& reader, const YAML::Node& node, TableDef& table) {
  if (!reader.expect(node, YAML::NodeType::Sequence, "columns",
                     "a list of columns such as {header: Area, text: \"{{heading}}\"}")) {
    return;
  }
  table.columns_where = reader.where(node);
  for (size_t i = 0; i < node.size(); ++i) {
    table.columns.push_back(read_table_column(reader, node[i], i));
  }
  if (table.columns.empty()) reader.error(node, "a table needs at least one column");
}

void read_list_value(YamlReader& reader, const YAML::Node& value, ListDef& list) {
  if (!value.IsSequence()) {
    list.path = read_data_path(reader, value, "list");
    return;
  }
  for (size_t i = 0; i < value.size(); ++i) {
    list.entries.push_back(
        read_template_text(reader, value[i], "list entry " + std::to_string(i + 1)));
  }
}

// `fit: height` fills the figure's `height`, so it needs one.
void read_figure_fit(YamlReader& reader, MappingReader& fields, FigureDef& figure) {
  std::optional<YAML::Node> fit = fields.find("fit");
  if (!fit) return;
  // The order of the choices is FigureFit's.
  std::optional<size_t> choice = read_choice(reader, *fit, "fit", {"contain", "width", "height"});
  if (!choice) return;
  figure.fit = static_cast<FigureFit>(*choice);
  if (figure.fit == FigureFit::height && !fields.find("height")) {
    reader.error(*fit, "fit: height fills the figure's height, but this figure has none",
                 {"give the height, e.g. height: 40mm"});
  }
}

void read_figure_options(YamlReader& reader, MappingReader& fields, FigureDef& figure) {
  if (auto caption = fields.find("caption"))
    figure.caption = read_template_text(reader, *caption, "caption");
  if (auto alt = fields.find("alt")) figure.alt = read_template_text(reader, *alt, "alt");
  if (auto width = fields.find("width")) {
    figure.width = read_frame_measure(reader, *width, "width").value_or(Measure::share(1.0));
  }
  if (auto height = fields.find("height")) {
    figure.height = read_length(reader, *height, "height", LengthSign::positive).value_or(0);
  }
  if (auto max_height = fields.find("max-height")) {
    figure.max_height =
        read_frame_measure(reader, *max_height, "max-height").value_or(Measure::share(0.5));
  }
  if (auto placement = fields.find("placement")) {
    // The order of the choices is FigurePlacement's.
    if (auto choice = read_choice(reader, *placement, "placement", {"float", "pinned"})) {
      figure.placement = static_cast<FigurePlacement>(*choice);
    }
  }
  read_figure_fit(reader, fields, figure);
  if (auto bleed = fields.find("bleed"))
    figure.bleed = reader.boolean(*bleed, "bleed").value_or(false);
}

void read_callout_colors(YamlReader& reader, MappingReader& fields, CalloutDef& callout) {
  if (auto background = fields.find("background")) {
    callout.background = read_color(reader, *background, "background");
    callout.background_where = reader.where(*background);
  }
  if (auto border = fields.find("border")) {
    callout.border = read_color(reader, *border, "border");
    callout.border_where = reader.where(*border);
  }
}

// The value under the kind's key as template text; empty when there is none to read.
TextValue read_value_text(BlockReading& reading, const BlockParts& parts) {
  if (!parts.value) return {};
  return read_template_text(reading.reader, *parts.value, parts.kind);
}

TextValue read_value_path(BlockReading& reading, const BlockParts& parts) {
  if (!parts.value) return {};
  return read_data_path(reading.reader, *parts.value, parts.kind);
}

std::string read_style(BlockReading& reading, BlockParts& parts) {
  return read_style_name(reading.reader, parts.options, "style", reading.layout_template);
}

void read_nested_blocks(BlockReading& reading, BlockParts& parts,
                        std::vector<BodyBlockDef>& blocks) {
  if (auto found = parts.options.find("blocks"))
    blocks = reading.read_blocks(reading.reader, *found, "blocks");
}

// each, if, unless: their blocks are required (an empty list is the list reader's to report).
void require_nested_blocks(MappingReader& fields) {
  if (!fields.entry("blocks")) fields.require("blocks");
}

}  // namespace

void read_text_block(BlockReading& reading, BlockParts& parts, TextDef& block) {
  block.text = read_value_text(reading, parts);
  block.style = read_style(reading, parts);
}

void read_heading(BlockReading& reading, BlockParts& parts, HeadingDef& heading) {
  heading.text = read_value_text(reading, parts);
  heading.style = read_style(reading, parts);
  if (auto level = parts.options.find("level"))
    heading.level = read_whole_number(reading.reader, *level, "level", 1, 3).value_or(1);
}

void read_figure(BlockReading& reading, BlockParts& parts, FigureDef& figure) {
  figure.image = read_value_text(reading, parts);
  read_figure_options(reading.reader, parts.options, figure);
  figure.caption_style =
      read_style_name(reading.reader, parts.options, "caption-style", reading.layout_template);
}

void read_list(BlockReading& reading, BlockParts& parts, ListDef& list) {
  YamlReader& reader = reading.reader;
  if (parts.value) read_list_value(reader, *parts.value, list);
  list.style = read_style(reading, parts);
  if (auto item = parts.options.find("item")) list.item = read_template_text(reader, *item, "item");
  if (auto numbered = parts.options.find("numbered"))
    list.numbered = reader.boolean(*numbered, "numbered").value_or(false);
}

void read_table(BlockReading& reading, BlockParts& parts, TableDef& table) {
  YamlReader& reader = reading.reader;
  table.path = read_value_path(reading, parts);
  table.style = read_style(reading, parts);
  if (auto columns = parts.options.find("columns")) {
    read_table_columns(reader, *columns, table);
  } else {
    parts.options.require("columns");
  }
  table.header_style =
      read_style_name(reader, parts.options, "header-style", reading.layout_template);
  if (auto repeat = parts.options.find("repeat-header"))
    table.repeat_header = reader.boolean(*repeat, "repeat-header").value_or(true);
}

void read_toc(BlockReading& reading, BlockParts& parts, TocDef& toc) {
  toc.style = read_style(reading, parts);
  if (auto depth = parts.options.find("depth"))
    toc.depth = read_whole_number(reading.reader, *depth, "depth", 1, 3).value_or(2);
}

// `page-break: right`, the only value it takes.
void read_page_break(BlockReading& reading, BlockParts& parts, PageBreakDef& page_break) {
  if (!parts.value) return;
  page_break.right_page =
      read_choice(reading.reader, *parts.value, "page-break", {"right"}).has_value();
}

void read_column_break(BlockReading&, BlockParts&, ColumnBreakDef&) {}

void read_spacer(BlockReading& reading, BlockParts& parts, SpacerDef& spacer) {
  if (!parts.value) return;
  spacer.height =
      read_length(reading.reader, *parts.value, "spacer", LengthSign::positive).value_or(0);
}

void read_rule(BlockReading& reading, BlockParts& parts, RuleBlockDef& rule) {
  YamlReader& reader = reading.reader;
  if (auto width = parts.options.find("width"))
    rule.thickness = read_length(reader, *width, "width", LengthSign::positive).value_or(0.5);
  if (auto color = parts.options.find("color")) {
    rule.color = read_color(reader, *color, "color").value_or(rule.color);
    rule.color_where = reader.where(*color);
  }
}

void read_callout(BlockReading& reading, BlockParts& parts, CalloutDef& callout) {
  callout.text = read_value_text(reading, parts);
  callout.style = read_style(reading, parts);
  read_callout_colors(reading.reader, parts.options, callout);
  read_nested_blocks(reading, parts, callout.blocks);
}

void read_qr_code(BlockReading& reading, BlockParts& parts, QrCodeDef& qr_code) {
  qr_code.payload = read_value_text(reading, parts);
  if (auto size = parts.options.find("size"))
    qr_code.side = read_length(reading.reader, *size, "size", LengthSign::positive).value_or(72);
}

void read_group(BlockReading& reading, BlockParts& parts, GroupDef& group) {
  if (parts.value) group.blocks = reading.read_blocks(reading.reader, *parts.value, "group");
}

void read_each(BlockReading& reading, BlockParts& parts, EachDef& each) {
  YamlReader& reader = reading.reader;
  each.path = read_value_path(reading, parts);
  if (auto alias = parts.options.find("as")) {
    TextValue name = reader.text(*alias, "as");
    if (!name.empty() && (!is_data_path(name.text) || name.text.find('.') != std::string::npos)) {
      reader.error(*alias, "as needs one name such as 'item', not '" + name.text + "'");
    }
    each.alias = name.text;
  }
  read_nested_blocks(reading, parts, each.blocks);
  require_nested_blocks(parts.options);
}

void read_condition(BlockReading& reading, BlockParts& parts, ConditionDef& condition) {
  condition.path = read_value_path(reading, parts);
  read_nested_blocks(reading, parts, condition.blocks);
  if (auto otherwise = parts.options.find("else"))
    condition.else_blocks = reading.read_blocks(reading.reader, *otherwise, "else");
  require_nested_blocks(parts.options);
}

}  // namespace handout
