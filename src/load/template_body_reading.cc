#include "load/template_body_reading.h"

#include <algorithm>
#include <string>

#include "core/edit_distance.h"
#include "load/length_parser.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

// A style a block uses: the key that names it and the style used when the key is not given.
struct StyleSlot {
  std::string key;
  std::string default_style;
  std::string BlockDef::*target;
};

struct BlockKindInfo {
  std::string name;
  BlockKind kind;
  std::vector<StyleSlot> styles;
  std::vector<std::string> other_keys;  // besides 'block' and the style keys

  std::vector<std::string> keys() const {
    std::vector<std::string> all = {"block"};
    for (const StyleSlot& slot : styles) all.push_back(slot.key);
    all.insert(all.end(), other_keys.begin(), other_keys.end());
    return all;
  }
};

const std::vector<BlockKindInfo>& block_kinds() {
  static const std::vector<BlockKindInfo> kinds = {
      {"title", BlockKind::title, {{"style", "title", &BlockDef::style}}, {}},
      {"subtitle", BlockKind::subtitle, {{"style", "subtitle", &BlockDef::style}}, {}},
      {"byline", BlockKind::byline, {{"style", "byline", &BlockDef::style}}, {}},
      {"intro", BlockKind::intro, {{"style", "intro", &BlockDef::style}}, {}},
      {"figures",
       BlockKind::figures,
       {{"caption-style", "caption", &BlockDef::caption_style}},
       {"width", "max-height", "placement"}},
      {"items",
       BlockKind::items,
       {{"heading-style", "heading", &BlockDef::heading_style},
        {"description-style", "body", &BlockDef::description_style},
        {"section-style", "section", &BlockDef::section_style}},
       {}},
  };
  return kinds;
}

std::vector<std::string> kind_names() {
  std::vector<std::string> names;
  for (const BlockKindInfo& info : block_kinds()) names.push_back(info.name);
  return names;
}

// The kind that `block:` names, or nullptr after reporting a missing or unknown one. Read before
// the entry's other keys, because the kind decides which keys it may have.
const BlockKindInfo* read_kind(YamlReader& reader, const YAML::Node& entry,
                               const std::string& label) {
  std::optional<YAML::Node> value;
  for (const auto& pair : entry) {
    if (!value && pair.first.IsScalar() && pair.first.Scalar() == "block") value = pair.second;
  }
  const std::string kinds = "the block kinds are " + quoted_list(kind_names());
  if (!value || value->IsNull()) {
    reader.error(entry, label + " has no 'block'",
                 {"name its kind, e.g. 'block: title'; " + kinds});
    return nullptr;
  }
  TextValue name = reader.text(*value, "block");
  for (const BlockKindInfo& info : block_kinds()) {
    if (info.name == name.text) return &info;
  }
  if (name.empty() && value->Tag() != "!") return nullptr;  // not text; already reported
  std::vector<std::string> hints = {kinds};
  if (auto suggestion = closest_name(name.text, kind_names())) {
    hints = {"did you mean '" + *suggestion + "'?"};
  }
  reader.error(*value, "unknown block kind '" + name.text + "'", hints);
  return nullptr;
}

void read_styles_of(YamlReader& reader, MappingReader& fields, const BlockKindInfo& info,
                    const TemplateDef& layout_template, BlockDef& block) {
  const std::string user = "block '" + info.name + "' uses style";
  for (const StyleSlot& slot : info.styles) {
    TextValue named = fields.optional_text(slot.key);
    const std::string style = named.empty() ? slot.default_style : named.text;
    block.*slot.target = style;
    if (layout_template.styles.contains(style)) continue;
    if (!named.empty()) {
      report_undefined_name(reader, named.where, user, style, names_of(layout_template.styles), "");
    } else {
      report_undefined_name(reader, block.where, user, style, {},
                            "define a style '" + style +
                                "' under 'styles', or name another one with '" + slot.key + ":'");
    }
  }
}

// A figure size: a percentage of the text area's `extent` (its width or height), or a length
// turned into one. More than the whole text area cannot be laid out.
std::optional<double> read_fraction(YamlReader& reader, const YAML::Node& node,
                                    const std::string& key, double extent,
                                    const std::string& dimension) {
  std::optional<LengthOrFraction> measure = read_positive_measure(reader, node, key);
  if (!measure || extent <= 0) return std::nullopt;  // no text area: reported with the page
  double fraction = measure->fraction ? *measure->fraction : *measure->points / extent;
  if (fraction <= 1.0 + 1e-9) return std::min(fraction, 1.0);
  reader.error(node, key + " must be at most 100% of the text " + dimension + " (" +
                         format_points(extent) + "), but this is " + node.Scalar());
  return std::nullopt;
}

void read_figure_sizes(YamlReader& reader, MappingReader& fields, const PageDef& page,
                       BlockDef& block) {
  double text_width = page.width - page.margin_left - page.margin_right;
  double text_height = page.height - page.margin_top - page.margin_bottom;
  if (auto width = fields.find("width")) {
    block.figure_width =
        read_fraction(reader, *width, "width", text_width, "width").value_or(block.figure_width);
  }
  if (auto max_height = fields.find("max-height")) {
    block.figure_max_height =
        read_fraction(reader, *max_height, "max-height", text_height, "height")
            .value_or(block.figure_max_height);
  }
}

BlockDef read_block(YamlReader& reader, const YAML::Node& entry, size_t index,
                    const TemplateDef& layout_template) {
  BlockDef block;
  block.where = reader.where(entry);
  std::string label = "block " + std::to_string(index + 1);
  if (!reader.expect(entry, YAML::NodeType::Map, label, "a mapping such as {block: title}")) {
    return block;
  }
  const BlockKindInfo* info = read_kind(reader, entry, label);
  if (info == nullptr) return block;
  block.kind = info->kind;
  MappingReader fields(reader, entry, label + " ('" + info->name + "')", info->keys());
  read_styles_of(reader, fields, *info, layout_template, block);
  if (block.kind == BlockKind::figures) {
    read_figure_sizes(reader, fields, layout_template.page, block);
    if (auto placement = fields.find("placement")) {
      // The order of the choices is FigurePlacement's.
      if (auto choice = read_choice(reader, *placement, "placement", {"float", "pin"})) {
        block.figure_placement = static_cast<FigurePlacement>(*choice);
      }
    }
  }
  return block;
}

}  // namespace

std::vector<BlockDef> read_body(YamlReader& reader, const YAML::Node& body,
                                const TemplateDef& layout_template) {
  std::vector<BlockDef> blocks;
  if (!reader.expect(body, YAML::NodeType::Sequence, "body", "a list of blocks")) return blocks;
  if (body.size() == 0) reader.error(body, "body must have at least one block");
  for (size_t i = 0; i < body.size(); ++i) {
    blocks.push_back(read_block(reader, body[i], i, layout_template));
  }
  return blocks;
}

}  // namespace handout
