#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"
#include "load/yaml_node_reader.h"

namespace handout {

// Which lengths a value allows; margins and spacing may be zero, sizes may not.
enum class LengthSign { positive, non_negative };

// A template length in points (see length_parser.h); a bad one is an error at `node` that
// names `subject` and the allowed units.
std::optional<double> read_length(YamlReader& reader, const YAML::Node& node,
                                  std::string_view subject, LengthSign sign);

// A positive length in points, or a positive percentage as a fraction (130% -> 1.3).
struct LengthOrFraction {
  std::optional<double> points;
  std::optional<double> fraction;
};
std::optional<LengthOrFraction> read_positive_measure(YamlReader& reader, const YAML::Node& node,
                                                      std::string_view subject);

// A whole number from `lowest` to `highest` (columns, rows, heading levels, orphans).
std::optional<int> read_whole_number(YamlReader& reader, const YAML::Node& node,
                                     const std::string& key, int lowest, int highest);

// The index of the value in `choices`, which are case-sensitive; another value is an error
// with a did-you-mean hint.
std::optional<size_t> read_choice(YamlReader& reader, const YAML::Node& node,
                                  std::string_view subject,
                                  const std::vector<std::string>& choices);

// A colour (see color_parser.h); a bad one is an error at `node` that names `subject`.
std::optional<Color> read_color(YamlReader& reader, const YAML::Node& node,
                                std::string_view subject);

// `color: #1a1a1a` without quotes is a key with an empty value followed by a YAML comment. Given
// the entry of such a key, reports that and returns true.
bool report_color_read_as_comment(YamlReader& reader, const MappingEntry& entry);

// An error at `where` for a name that refers to nothing: "<reference> '<name>', which the
// template does not define" (reference: "block 'items' uses style"), with the closest defined
// name as a hint, or else `fallback_hint` if not empty.
void report_undefined_name(YamlReader& reader, SourceLocation where, std::string_view reference,
                           const std::string& name, const std::vector<std::string>& defined,
                           std::string fallback_hint);

// The keys of a map of named definitions (styles, font families), for did-you-mean hints.
template <typename Definition>
std::vector<std::string> names_of(const std::map<std::string, Definition>& definitions) {
  std::vector<std::string> names;
  for (const auto& entry : definitions) names.push_back(entry.first);
  return names;
}

}  // namespace handout
