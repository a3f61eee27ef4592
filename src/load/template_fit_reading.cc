#include "load/template_fit_reading.h"

#include <algorithm>

#include "load/template_value_reading.h"

namespace handout {
namespace {

constexpr int kMostPages = 10000;
constexpr int kMostColumns = 12;

// In the order of FitStepKind.
const std::vector<std::string> kStepNames = {"text-size", "leading", "figure-scale", "columns"};

// A shrinking step's floor: a percentage from 1% to below 100% (85% -> 0.85).
std::optional<double> read_floor(YamlReader& reader, const YAML::Node& node,
                                 const std::string& name) {
  std::optional<LengthOrFraction> measure = read_positive_measure(reader, node, name);
  if (!measure) return std::nullopt;
  if (!measure->fraction || *measure->fraction >= 1 || *measure->fraction < 0.01) {
    reader.error(node, name + " must be a percentage below 100% (how far it may shrink)",
                 {"for example '" + name + ": 85%'"});
    return std::nullopt;
  }
  return measure->fraction;
}

std::optional<FitStep> read_step(YamlReader& reader, const YAML::Node& node) {
  if (!reader.expect(node, YAML::NodeType::Map, "a fit step",
                     "a mapping of one step and its limit, such as {text-size: 85%}")) {
    return std::nullopt;
  }
  MappingReader fields(reader, node, "a fit step", kStepNames);
  if (fields.entries().size() != 1) {
    reader.error(node, "a fit step names one step, such as {text-size: 85%}",
                 {"write each step as its own list entry, in the order to try them"});
    return std::nullopt;
  }
  const MappingEntry& entry = fields.entries().front();
  FitStep step;
  step.where = reader.where(entry.key_node);
  if (entry.key == "columns") {
    step.kind = FitStepKind::columns;
    std::optional<int> most = read_whole_number(reader, entry.value, "columns", 2, kMostColumns);
    if (!most) return std::nullopt;
    step.limit = *most;
    return step;
  }
  const auto known = std::find(kStepNames.begin(), kStepNames.end(), entry.key);
  if (known == kStepNames.end()) return std::nullopt;  // an unknown key, reported above
  step.kind = static_cast<FitStepKind>(known - kStepNames.begin());
  std::optional<double> floor = read_floor(reader, entry.value, entry.key);
  if (!floor) return std::nullopt;
  step.limit = *floor;
  return step;
}

}  // namespace

FitDef read_fit(YamlReader& reader, const YAML::Node& node) {
  FitDef fit;
  fit.where = reader.where(node);
  if (!reader.expect(node, YAML::NodeType::Map, "fit",
                     "a mapping such as {pages: 2, steps: [{text-size: 85%}]}")) {
    return fit;
  }
  MappingReader fields(reader, node, "fit", {"pages", "steps"});
  if (auto pages = fields.require("pages")) {
    fit.pages = read_whole_number(reader, *pages, "pages", 1, kMostPages).value_or(0);
  }
  auto steps = fields.find("steps");
  if (!steps || !reader.expect(*steps, YAML::NodeType::Sequence, "steps",
                               "a list of steps such as [{text-size: 85%}, {columns: 4}]")) {
    return fit;
  }
  for (const YAML::Node& entry : *steps) {
    std::optional<FitStep> step = read_step(reader, entry);
    if (!step) continue;
    // Every step not enough at its limit stays there and costs a layout of the document, so a
    // list of a thousand steps would lay it out a thousand times; a second step of a kind could
    // only go further than the first, which its own limit can say.
    auto same = std::find_if(fit.steps.begin(), fit.steps.end(),
                             [&](const FitStep& earlier) { return earlier.kind == step->kind; });
    if (same != fit.steps.end()) {
      const std::string name = kStepNames[static_cast<size_t>(step->kind)];
      reader.error(entry,
                   "fit has a second '" + name + "' step (the first is at line " +
                       std::to_string(same->where.line) + ")",
                   {"give each step once, with the furthest it may go"});
      continue;
    }
    fit.steps.push_back(*step);
  }
  return fit;
}

}  // namespace handout
