#include "load/data_figures_reading.h"

#include <algorithm>
#include <filesystem>

namespace handout {
namespace {

// Which fields a figure has is the data contract's question; these are read when given.
const std::vector<std::string> kAnyKey = {};

std::string resolve_path(const std::string& path, const std::string& data_folder) {
  std::filesystem::path written(path);
  if (written.is_absolute() || data_folder.empty()) return written.string();
  return (std::filesystem::path(data_folder) / written).string();
}

FigureData read_figure(YamlReader& reader, const YAML::Node& node, const std::string& label,
                       const std::string& data_folder) {
  FigureData figure;
  figure.where = reader.where(node);
  std::vector<std::string> hints;
  if (node.IsScalar()) hints.push_back("write the file under 'path:', e.g. {path: picture.png}");
  if (!reader.expect(node, YAML::NodeType::Map, label,
                     "a mapping with 'path' (and optionally 'caption' and 'alt')", hints)) {
    return figure;
  }
  MappingReader fields(reader, node, label, kAnyKey);
  figure.path = fields.optional_text("path");
  figure.caption = fields.optional_text("caption");
  figure.alt = fields.optional_text("alt");
  if (!figure.path.empty()) figure.resolved_path = resolve_path(figure.path.text, data_folder);
  return figure;
}

std::vector<FigureData> read_figure_list(YamlReader& reader, const YAML::Node& list,
                                         const std::string& data_folder) {
  std::vector<FigureData> figures;
  if (!reader.expect(list, YAML::NodeType::Sequence, "figures", "a list of figures")) {
    return figures;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    std::string label = "figure " + std::to_string(i + 1);
    figures.push_back(read_figure(reader, list[i], label, data_folder));
  }
  return figures;
}

}  // namespace

std::vector<FigureData> read_figures(MappingReader& top, const std::string& data_folder) {
  YamlReader& reader = top.reader();
  const MappingEntry* single = top.entry("figure");
  const MappingEntry* list = top.entry("figures");
  if (single && list) {
    // Entries are stored in the order written, so the later one has the higher address.
    reader.error(std::max(single, list)->key_node, "give either 'figure' or 'figures', not both");
  }
  std::vector<FigureData> figures;
  if (std::optional<YAML::Node> node = top.find("figure")) {
    FigureData figure = read_figure(reader, *node, "the figure", data_folder);
    if (!figure.path.empty()) figures.push_back(std::move(figure));
  }
  if (std::optional<YAML::Node> node = top.find("figures")) {
    for (FigureData& figure : read_figure_list(reader, *node, data_folder)) {
      if (!figure.path.empty()) figures.push_back(std::move(figure));
    }
  }
  return figures;
}

}  // namespace handout
