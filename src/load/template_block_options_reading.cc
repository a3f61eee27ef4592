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
                            const TemplateDef& layout_template, SourceLocation* where = nullptr) {
  TextValue named = fields.optional_text(key);
  if (named.empty()) return "";
  if (where != nullptr) *where = named.where;
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

void read_table_columns(YamlReader& reader, const YAML::Node& node, BodyBlockDef& block) {
  if (!reader.expect(node, YAML::NodeType::Sequence, "columns",
                     "a list of columns such as {header: Area, text: \"{{heading}}\"}")) {
    return;
  }
  block.columns_where = reader.where(node);
  for (size_t i = 0; i < node.size(); ++i) {
    block.columns.push_back(read_table_column(reader, node[i], i));
  }
  if (block.columns.empty()) reader.error(node, "a table needs at least one column");
}

void read_list_value(YamlReader& reader, const YAML::Node& value, BodyBlockDef& block) {
  if (!value.IsSequence()) {
    block.path = read_data_path(reader, value, "list");
    return;
  }
  for (size_t i = 0; i < value.size(); ++i) {
    block.entries.push_back(
        read_template_text(reader, value[i], "list entry " + std::to_string(i + 1)));
  }
}

// `fit: height` fills the figure's `height`, so it needs one.
void read_figure_fit(YamlReader& reader, MappingReader& fields, BodyBlockDef& block) {
  std::optional<YAML::Node> fit = fields.find("fit");
  if (!fit) return;
  // The order of the choices is FigureFit's.
  std::optional<size_t> choice = read_choice(reader, *fit, "fit", {"contain", "width", "height"});
  if (!choice) return;
  block.fit = static_cast<FigureFit>(*choice);
  if (block.fit == FigureFit::height && !fields.find("height")) {
    reader.error(*fit, "fit: height fills the figure's height, but this figure has none",
                 {"give the height, e.g. height: 40mm"});
  }
}

void read_figure_options(YamlReader& reader, MappingReader& fields, BodyBlockDef& block) {
  if (auto caption = fields.find("caption"))
    block.caption = read_template_text(reader, *caption, "caption");
  if (auto alt = fields.find("alt")) block.alt = read_template_text(reader, *alt, "alt");
  if (auto width = fields.find("width")) {
    block.width = read_frame_measure(reader, *width, "width").value_or(Measure::share(1.0));
  }
  if (auto height = fields.find("height")) {
    block.height = read_length(reader, *height, "height", LengthSign::positive).value_or(0);
  }
  if (auto max_height = fields.find("max-height")) {
    block.max_height =
        read_frame_measure(reader, *max_height, "max-height").value_or(Measure::share(0.5));
  }
  if (auto placement = fields.find("placement")) {
    // The order of the choices is FigurePlacement's.
    if (auto choice = read_choice(reader, *placement, "placement", {"float", "pinned"})) {
      block.placement = static_cast<FigurePlacement>(*choice);
    }
  }
  read_figure_fit(reader, fields, block);
  if (auto bleed = fields.find("bleed"))
    block.bleed = reader.boolean(*bleed, "bleed").value_or(false);
}

void read_callout_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  if (auto background = fields.find("background")) {
    block.background = read_color(reader, *background, "background");
    block.background_where = reader.where(*background);
  }
  if (auto border = fields.find("border")) {
    block.border = read_color(reader, *border, "border");
    block.border_where = reader.where(*border);
  }
}

}  // namespace

void read_block_value(BlockReading& reading, const BlockKindInfo& info, const YAML::Node& value,
                      BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  using K = BodyBlockKind;
  switch (block.kind) {
    case K::title:
    case K::heading:
    case K::paragraph:
    case K::figure:
    case K::qr_code:
      block.text = read_template_text(reader, value, info.name);
      break;
    case K::callout:
      if (!value.IsMap()) block.text = read_template_text(reader, value, info.name);
      break;
    case K::list:
      read_list_value(reader, value, block);
      break;
    case K::table:
    case K::each:
    case K::if_:
    case K::unless:
      block.path = read_data_path(reader, value, info.name);
      break;
    case K::spacer:
      block.length = read_length(reader, value, "spacer", LengthSign::positive).value_or(0);
      break;
    case K::group:
      block.blocks = reading.read_blocks(reader, value, "group");
      break;
    case K::page_break:  // `page-break: right`, the only value it takes
      block.right_page = read_choice(reader, value, "page-break", {"right"}).has_value();
      break;
    case K::toc:
    case K::rule:
    case K::column_break:
      break;  // options only
  }
}

namespace {

void read_style(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  block.style =
      read_style_name(reading.reader, fields, "style", reading.layout_template, &block.style_where);
}

void read_nested_blocks(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  if (auto blocks = fields.find("blocks"))
    block.blocks = reading.read_blocks(reading.reader, *blocks, "blocks");
}

// each, if, unless: their blocks are required (an empty list is the list reader's to report).
void require_nested_blocks(MappingReader& fields) {
  if (!fields.entry("blocks")) fields.require("blocks");
}

}  // namespace

void read_no_options(BlockReading&, MappingReader&, BodyBlockDef&) {}

void read_styled_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_style(reading, fields, block);
}

void read_heading_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_style(reading, fields, block);
  if (auto level = fields.find("level"))
    block.level = read_whole_number(reading.reader, *level, "level", 1, 3).value_or(1);
}

void read_figure_block_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_figure_options(reading.reader, fields, block);
  block.caption_style =
      read_style_name(reading.reader, fields, "caption-style", reading.layout_template);
}

void read_list_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  read_style(reading, fields, block);
  if (auto item = fields.find("item")) block.item = read_template_text(reader, *item, "item");
  if (auto numbered = fields.find("numbered"))
    block.numbered = reader.boolean(*numbered, "numbered").value_or(false);
}

void read_table_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  read_style(reading, fields, block);
  if (auto columns = fields.find("columns")) {
    read_table_columns(reader, *columns, block);
  } else {
    fields.require("columns");
  }
  block.header_style = read_style_name(reader, fields, "header-style", reading.layout_template);
  if (auto repeat = fields.find("repeat-header"))
    block.repeat_header = reader.boolean(*repeat, "repeat-header").value_or(true);
}

void read_toc_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_style(reading, fields, block);
  if (auto depth = fields.find("depth"))
    block.depth = read_whole_number(reading.reader, *depth, "depth", 1, 3).value_or(2);
}

void set_rule_defaults(BodyBlockDef& block) {
  block.length = 0.5;
  block.color = Color{0.8, 0.8, 0.8};
}

void read_rule_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  set_rule_defaults(block);
  if (auto width = fields.find("width"))
    block.length = read_length(reader, *width, "width", LengthSign::positive).value_or(0.5);
  if (auto color = fields.find("color")) {
    block.color = read_color(reader, *color, "color").value_or(block.color);
    block.color_where = reader.where(*color);
  }
}

void read_qr_code_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  block.length = 72;
  if (auto size = fields.find("size"))
    block.length = read_length(reading.reader, *size, "size", LengthSign::positive).value_or(72);
}

void read_callout_block_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_style(reading, fields, block);
  read_callout_options(reading, fields, block);
  read_nested_blocks(reading, fields, block);
}

void read_each_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  YamlReader& reader = reading.reader;
  if (auto alias = fields.find("as")) {
    TextValue name = reader.text(*alias, "as");
    if (!name.empty() && (!is_data_path(name.text) || name.text.find('.') != std::string::npos)) {
      reader.error(*alias, "as needs one name such as 'item', not '" + name.text + "'");
    }
    block.alias = name.text;
  }
  read_nested_blocks(reading, fields, block);
  require_nested_blocks(fields);
}

void read_condition_options(BlockReading& reading, MappingReader& fields, BodyBlockDef& block) {
  read_nested_blocks(reading, fields, block);
  if (auto otherwise = fields.find("else"))
    block.else_blocks = reading.read_blocks(reading.reader, *otherwise, "else");
  require_nested_blocks(fields);
}

}  // namespace handout
