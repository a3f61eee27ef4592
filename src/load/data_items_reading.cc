#include "load/data_items_reading.h"

#include <algorithm>

namespace handout {
namespace {

// Which fields an item or a section may have, and which it needs, is the template's data
// contract's question (bind/data_contract_check.h); here they are only read for the binder of
// the fixed-body templates, with their types checked where they are given.
const std::vector<std::string> kAnyKey = {};

// "item 3", "item 3 ('Audio')" or "item 3 ('Audio') of section 2 ('Systems')".
std::string numbered_label(std::string_view noun, size_t index, const std::string& name,
                           const std::string& container) {
  std::string label = std::string(noun) + " " + std::to_string(index + 1);
  if (!name.empty()) label += " ('" + name + "')";
  if (!container.empty()) label += " of " + container;
  return label;
}

// A mapping's name-giving text (an item's heading, a section's title) before the mapping is
// read, so that every message about it, even an unknown key, can name it.
std::string peek_name(const YAML::Node& mapping, const char* key) {
  if (!mapping.IsMap()) return "";
  for (const auto& pair : mapping) {
    if (pair.first.IsScalar() && pair.first.Scalar() == key && pair.second.IsScalar()) {
      return pair.second.Scalar();
    }
  }
  return "";
}

// A non-empty list, or an error at the value; `noun` is what the entries are ("item").
bool expect_entries(YamlReader& reader, const YAML::Node& list, const std::string& key,
                    const std::string& noun) {
  std::vector<std::string> hints;
  if (list.IsMap()) hints.push_back("start each " + noun + " with '- '");
  if (!reader.expect(list, YAML::NodeType::Sequence, key, "a list of " + noun + "s", hints)) {
    return false;
  }
  if (list.size() > 0) return true;
  reader.error(list, key + " must have at least one " + noun);
  return false;
}

ItemData read_item(YamlReader& reader, const YAML::Node& node, size_t index,
                   const std::string& section_label) {
  std::string label = numbered_label("item", index, peek_name(node, "heading"), section_label);
  ItemData item;
  item.where = reader.where(node);
  if (!reader.expect(node, YAML::NodeType::Map, label,
                     "a mapping with 'heading' and 'description'")) {
    return item;
  }
  MappingReader fields(reader, node, label, kAnyKey);
  item.heading = fields.optional_text("heading");
  item.description = fields.optional_text("description");
  return item;
}

std::vector<ItemData> read_items(YamlReader& reader, const YAML::Node& list,
                                 const std::string& section_label) {
  std::vector<ItemData> items;
  if (!expect_entries(reader, list, "items", "item")) return items;
  for (size_t i = 0; i < list.size(); ++i) {
    items.push_back(read_item(reader, list[i], i, section_label));
  }
  return items;
}

SectionData read_section(YamlReader& reader, const YAML::Node& node, size_t index) {
  std::string label = numbered_label("section", index, peek_name(node, "title"), "");
  SectionData section;
  section.where = reader.where(node);
  if (!reader.expect(node, YAML::NodeType::Map, label, "a mapping with 'title' and 'items'")) {
    return section;
  }
  MappingReader fields(reader, node, label, kAnyKey);
  section.title = fields.optional_text("title");
  if (std::optional<YAML::Node> items = fields.find("items")) {
    section.items = read_items(reader, *items, label);
  }
  return section;
}

std::vector<SectionData> read_sections(YamlReader& reader, const YAML::Node& list) {
  std::vector<SectionData> sections;
  if (!expect_entries(reader, list, "sections", "section")) return sections;
  for (size_t i = 0; i < list.size(); ++i) sections.push_back(read_section(reader, list[i], i));
  return sections;
}

// At most one of `items` and `sections` may be given; with both, the later one is the error.
void check_one_kind_of_grouping(MappingReader& top) {
  const MappingEntry* items = top.entry("items");
  const MappingEntry* sections = top.entry("sections");
  if (items && sections) {
    // Entries are stored in the order written, so the later one has the higher address.
    top.reader().error(std::max(items, sections)->key_node,
                       "give either 'items' or 'sections', not both");
  }
}

}  // namespace

std::vector<SectionData> read_item_groups(MappingReader& top) {
  check_one_kind_of_grouping(top);
  YamlReader& reader = top.reader();
  std::vector<SectionData> groups;
  if (std::optional<YAML::Node> items = top.find("items")) {
    SectionData untitled;
    untitled.where = reader.where(*items);
    untitled.items = read_items(reader, *items, "");
    groups.push_back(std::move(untitled));
  }
  if (std::optional<YAML::Node> sections = top.find("sections")) {
    for (SectionData& section : read_sections(reader, *sections)) {
      groups.push_back(std::move(section));
    }
  }
  return groups;
}

}  // namespace handout
