#include "load/template_print_reading.h"

#include "load/template_value_reading.h"

namespace handout {
namespace {

// More bleed than this is a mistake (a margin written as bleed); printers ask for 2 to 5 mm.
constexpr double kMostBleed = 72.0;  // one inch

void read_bleed(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  std::optional<double> bleed = read_length(reader, node, "bleed", LengthSign::non_negative);
  if (!bleed) return;
  if (*bleed > kMostBleed) {
    reader.error(node, "bleed must be at most 1in (72pt), but this is " + node.Scalar(),
                 {"printers usually ask for 3mm"});
    return;
  }
  page.bleed = *bleed;
}

// Called after the page's frames are read: cards are imposed from a card grid.
void read_imposition(YamlReader& reader, const YAML::Node& node, PageDef& page) {
  std::optional<size_t> choice = read_choice(reader, node, "impose", imposition_names());
  if (!choice) return;
  page.impose = static_cast<Imposition>(*choice);
  if (page.impose == Imposition::cards && !page.cards) {
    reader.error(node, "impose: cards places the cards of a card grid, but this page has none",
                 {"give the page a grid, e.g. cards: {columns: 2, rows: 4}"});
  }
}

}  // namespace

void read_print_keys(YamlReader& reader, MappingReader& fields, PageDef& page) {
  if (auto bleed = fields.find("bleed")) read_bleed(reader, *bleed, page);
  if (auto background = fields.find("background")) {
    page.background = read_color(reader, *background, "background");
  } else if (const MappingEntry* entry = fields.entry("background")) {
    report_color_read_as_comment(reader, *entry);
  }
  if (auto impose = fields.find("impose")) read_imposition(reader, *impose, page);
  if (auto marks = fields.find("marks")) {
    page.crop_marks = reader.boolean(*marks, "marks").value_or(false);
  }
}

}  // namespace handout
