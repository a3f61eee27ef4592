#include "load/template_page_reading.h"

#include <utility>

#include "core/edit_distance.h"
#include "core/page_sizes.h"
#include "core/pdf_limits.h"
#include "load/length_parser.h"
#include "load/template_print_reading.h"
#include "load/template_rules_reading.h"
#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kPageKeys = {
    "size",  "orientation",     "margins", "two-sided",  "columns", "column-gap", "column-rule",
    "cards", "balance-columns", "bleed",   "background", "impose",  "marks",      "grayscale"};
const std::vector<std::string> kMarginKeys = {"top", "bottom", "left", "right", "inner", "outer"};
constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kDefaultMargin = 20 * kMillimetre;
constexpr double kDefaultGap = 5 * kMillimetre;
constexpr int kMostColumns = 12;

void read_named_size(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  TextValue name = reader.text(node, "size");
  if (std::optional<NamedPageSize> size = find_page_size(name.text)) {
    page.width = size->width;
    page.height = size->height;
    return;
  }
  if (name.empty()) return;  // not text; already reported
  const std::vector<std::string> names = page_size_names();
  std::vector<std::string> hints;
  if (auto suggestion = did_you_mean(name.text, names)) {
    hints.push_back(*suggestion);
  }
  hints.push_back("page sizes are " + quoted_list(names) + ", or [width, height]");
  reader.error(node, "unknown page size '" + name.text + "'", hints);
}

// `{width: 8.5in, height: 11in}`
void read_size_mapping(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  MappingReader sides(reader, node, "size", {"width", "height"});
  std::optional<YAML::Node> width_node = sides.require("width");
  std::optional<YAML::Node> height_node = sides.require("height");
  if (!width_node || !height_node) return;
  std::optional<double> width =
      read_length(reader, *width_node, "page width", LengthSign::positive);
  std::optional<double> height =
      read_length(reader, *height_node, "page height", LengthSign::positive);
  if (width && height) {
    page.width = *width;
    page.height = *height;
  }
}

void read_size(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  if (node.IsScalar()) return read_named_size(reader, node, page);
  if (node.IsMap()) return read_size_mapping(reader, node, page);
  if (!node.IsSequence() || node.size() != 2) {
    std::string what =
        node.IsSequence() ? "a list of " + std::to_string(node.size()) : YamlReader::describe(node);
    reader.error(node, "size must be a page size name or [width, height], but this is " + what);
    return;
  }
  std::optional<double> width = read_length(reader, node[0], "page width", LengthSign::positive);
  std::optional<double> height = read_length(reader, node[1], "page height", LengthSign::positive);
  if (width && height) {
    page.width = *width;
    page.height = *height;
  }
}

void read_margins(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  if (node.IsScalar()) {
    std::optional<double> all = read_length(reader, node, "margins", LengthSign::non_negative);
    page.margin_top = page.margin_bottom = page.margin_left = page.margin_right =
        all.value_or(kDefaultMargin);
    return;
  }
  if (!reader.expect(node, YAML::NodeType::Map, "margins",
                     "one length or a mapping of 'top', 'bottom', 'left' and 'right'")) {
    return;
  }
  MappingReader sides(reader, node, "margins", kMarginKeys);
  // inner and outer are left and right of an odd page, mirrored on even pages.
  const bool mirrored = sides.entry("inner") || sides.entry("outer");
  for (const char* flat : {"left", "right"}) {
    if (mirrored && sides.entry(flat)) {
      reader.error(sides.entry(flat)->key_node,
                   std::string("margins have either inner and outer, or left and right; not '") +
                       flat + "' with them");
    }
  }
  page.two_sided = page.two_sided || mirrored;
  double* targets[] = {&page.margin_top,   &page.margin_bottom, &page.margin_left,
                       &page.margin_right, &page.margin_left,   &page.margin_right};
  for (size_t i = 0; i < kMarginKeys.size(); ++i) {
    const bool flat_side = i == 2 || i == 3;
    const bool mirrored_side = i >= 4;
    if (mirrored ? flat_side : mirrored_side) continue;  // the pair not in use
    std::optional<YAML::Node> side = sides.find(kMarginKeys[i]);
    std::optional<double> length;
    if (side)
      length = read_length(reader, *side, kMarginKeys[i] + " margin", LengthSign::non_negative);
    *targets[i] = length.value_or(kDefaultMargin);
  }
}

// libharu (and PDF readers) take pages from 3pt to 14400pt a side; lengths larger than that are
// refused when read, which leaves pages too small.
void check_pdf_page_size(YamlReader& reader, const PageDef& page) {
  if (is_pdf_page_side(page.width) && is_pdf_page_side(page.height)) return;
  reader.error(page.size_where,
               "the page size " + format_points(page.width) + " x " + format_points(page.height) +
                   " is outside what a PDF page can be: " + pdf_page_size_range() + " on each side",
               {"3pt is about 1mm; the smallest common card, a business card, is 85mm x 55mm"});
}

void check_room_for_text(YamlReader& reader, SourceLocation where, const PageDef& page) {
  const auto check = [&](double first, double second, double extent, const char* sides,
                         const char* dimension) {
    if (first + second < extent) return;
    reader.error(where, std::string("the ") + sides + " margins (" + format_points(first) + " + " +
                            format_points(second) + ") leave no room on a page " +
                            format_points(extent) + " " + dimension);
  };
  check(page.margin_left, page.margin_right, page.width, "left and right", "wide");
  check(page.margin_top, page.margin_bottom, page.height, "top and bottom", "high");
}

// Cards fill one at a time, so balancing them would only leave the last ones half empty.
void read_balance_columns(YamlReader& reader, MappingReader& fields, PageDef& page) {
  const MappingEntry* balance = fields.entry("balance-columns");
  if (!balance) return;
  page.balance_columns = reader.boolean(balance->value, "balance-columns").value_or(true);
  if (fields.entry("cards")) {
    reader.error(balance->key_node, "balance-columns applies to columns, not cards",
                 {"cards are never balanced; remove balance-columns"});
  }
}

// columns, column-gap, column-rule and cards: how the text area divides into frames.
void read_page_frames(YamlReader& reader, MappingReader& fields, PageDef& page) {
  if (auto columns = fields.find("columns")) {
    page.columns = read_whole_number(reader, *columns, "columns", 1, kMostColumns).value_or(1);
  }
  if (auto gap = fields.find("column-gap")) {
    page.column_gap =
        read_length(reader, *gap, "column-gap", LengthSign::non_negative).value_or(kDefaultGap);
  } else {
    page.column_gap = kDefaultGap;
  }
  if (auto rule = fields.find("column-rule"))
    page.column_rule = read_rule(reader, *rule, "column-rule");
  if (auto cards = fields.find("cards")) {
    page.cards = read_cards(reader, *cards);
    if (fields.entry("columns")) {
      reader.error(fields.entry("columns")->key_node,
                   "a page has either columns or cards, not both", {"cards replace columns"});
    }
  }
  read_balance_columns(reader, fields, page);
}

}  // namespace

PageDef read_page(YamlReader& reader, const MappingEntry* page_entry) {
  // Exact A4 and 20mm, not PageDef's rounded defaults, so every way of writing A4 agrees.
  PageDef page;
  page.width = find_page_size("A4")->width;
  page.height = find_page_size("A4")->height;
  page.margin_top = page.margin_bottom = page.margin_left = page.margin_right = kDefaultMargin;
  page.where = SourceLocation{reader.file()};
  page.size_where = page.where;
  if (page_entry == nullptr || page_entry->value.IsNull()) return page;
  page.where = reader.where(page_entry->key_node);
  page.size_where = page.where;
  if (!reader.expect(page_entry->value, YAML::NodeType::Map, "page",
                     "a mapping of 'size', 'orientation' and 'margins'")) {
    return page;
  }
  MappingReader fields(reader, page_entry->value, "page", kPageKeys);
  if (auto size = fields.find("size")) {
    page.size_where = reader.where(*size);
    read_size(reader, *size, page);
  }
  if (auto orientation = fields.find("orientation")) {
    if (read_choice(reader, *orientation, "orientation", {"portrait", "landscape"}) == 1u) {
      std::swap(page.width, page.height);
    }
  }
  if (auto two_sided = fields.find("two-sided")) {
    page.two_sided = reader.boolean(*two_sided, "two-sided").value_or(false);
  }
  if (auto grayscale = fields.find("grayscale")) {
    page.grayscale = reader.boolean(*grayscale, "grayscale").value_or(false);
  }
  const MappingEntry* margins = fields.entry("margins");
  if (margins && !margins->value.IsNull()) read_margins(reader, margins->value, page);
  read_page_frames(reader, fields, page);
  read_print_keys(reader, fields, page);
  check_pdf_page_size(reader, page);
  check_room_for_text(reader, margins ? reader.where(margins->value) : page.where, page);
  return page;
}

}  // namespace handout
