#include "app/input_files.h"

#include <algorithm>

namespace handout {
namespace {

void collect_figures(const std::vector<Block>& blocks, std::vector<std::string>& paths);

void collect_figures(const Block& block, std::vector<std::string>& paths) {
  if (const auto* figure = std::get_if<FigureBlock>(&block)) {
    if (!figure->image_path.empty()) add_input_files(paths, {figure->image_path});
  } else if (const auto* group = std::get_if<GroupBlock>(&block)) {
    collect_figures(group->blocks, paths);
  } else if (const auto* callout = std::get_if<CalloutBlock>(&block)) {
    collect_figures(callout->blocks, paths);
  }
}

void collect_figures(const std::vector<Block>& blocks, std::vector<std::string>& paths) {
  for (const Block& block : blocks) collect_figures(block, paths);
}

}  // namespace

std::vector<std::string> figure_files(const DocTree& document) {
  std::vector<std::string> paths;
  collect_figures(document.blocks, paths);
  collect_figures(document.back_blocks, paths);
  return paths;
}

void add_input_files(std::vector<std::string>& files, const std::vector<std::string>& more) {
  for (const std::string& file : more) {
    if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
  }
}

}  // namespace handout
