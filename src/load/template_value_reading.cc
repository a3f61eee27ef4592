#include "load/template_value_reading.h"

#include <algorithm>
#include <charconv>

#include "core/edit_distance.h"
#include "core/pdf_limits.h"
#include "load/color_parser.h"
#include "load/length_parser.h"

namespace handout {
namespace {

// The scalar's text, whatever YAML makes of it: `size: 12` reaches the length parser as "12",
// which then asks for a unit.
std::optional<std::string> scalar_text(YamlReader& reader, const YAML::Node& node,
                                       std::string_view subject, std::string_view wanted) {
  if (!reader.expect(node, YAML::NodeType::Scalar, subject, wanted)) return std::nullopt;
  return node.Scalar();
}

// No length on a page can be larger than the page, and no PDF page is larger than 14400pt; a
// larger one is a mistake (a wrong unit) that would only put numbers past what PDF readers take
// (and libharu writes) into the document.
std::string too_large_length_problem(std::string_view subject, const std::string& text,
                                     double points) {
  if (points <= kLargestPdfPage) return "";
  return std::string(subject) + " '" + text +
         "' is larger than the largest PDF page: lengths are at most " +
         format_points(kLargestPdfPage) + " (200in)";
}

// Line spacing, the one percentage that may pass 100%, has no use for more than ten lines' worth.
constexpr double kLargestFraction = 10;

}  // namespace

std::optional<double> read_length(YamlReader& reader, const YAML::Node& node,
                                  std::string_view subject, LengthSign sign) {
  std::optional<std::string> text = scalar_text(reader, node, subject, "a length");
  if (!text) return std::nullopt;
  ParsedLength length = parse_length(*text);
  if (!length.points) {
    reader.error(node, std::string(subject) + " " + length.problem);
  } else if (sign == LengthSign::positive && *length.points <= 0) {
    reader.error(node, std::string(subject) + " must be greater than 0, but this is " + *text);
  } else if (sign == LengthSign::non_negative && *length.points < 0) {
    reader.error(node, std::string(subject) + " must not be negative, but this is " + *text);
  } else if (std::string problem = too_large_length_problem(subject, *text, *length.points);
             !problem.empty()) {
    reader.error(node, problem, {"check the unit: 1in = 72pt = 25.4mm"});
  } else {
    return length.points;
  }
  return std::nullopt;
}

std::optional<LengthOrFraction> read_positive_measure(YamlReader& reader, const YAML::Node& node,
                                                      std::string_view subject) {
  std::optional<std::string> text = scalar_text(reader, node, subject, "a length or a percentage");
  if (!text) return std::nullopt;
  ParsedMeasure measure = parse_length_or_percentage(*text);
  if (!measure.ok()) {
    reader.error(node, std::string(subject) + " " + measure.problem);
    return std::nullopt;
  }
  if (measure.points.value_or(0) <= 0 && measure.fraction.value_or(0) <= 0) {
    reader.error(node, std::string(subject) + " must be greater than 0, but this is " + *text);
    return std::nullopt;
  }
  if (std::string problem = too_large_length_problem(subject, *text, measure.points.value_or(0));
      !problem.empty()) {
    reader.error(node, problem, {"check the unit: 1in = 72pt = 25.4mm"});
    return std::nullopt;
  }
  if (measure.fraction.value_or(0) > kLargestFraction) {
    reader.error(node, std::string(subject) + " must be at most 1000%, but this is " + *text);
    return std::nullopt;
  }
  return LengthOrFraction{measure.points, measure.fraction};
}

std::optional<size_t> read_choice(YamlReader& reader, const YAML::Node& node,
                                  std::string_view subject,
                                  const std::vector<std::string>& choices) {
  TextValue value = reader.text(node, subject);
  for (size_t i = 0; i < choices.size(); ++i) {
    if (value.text == choices[i]) return i;
  }
  if (!value.empty() || node.Tag() == "!") {
    std::vector<std::string> hints;
    if (auto suggestion = did_you_mean(value.text, choices)) {
      hints.push_back(*suggestion);
    }
    reader.error(node,
                 std::string(subject) + " must be " + quoted_list(choices, "or") + ", not '" +
                     value.text + "'",
                 hints);
  }
  return std::nullopt;
}

std::optional<Color> read_color(YamlReader& reader, const YAML::Node& node,
                                std::string_view subject) {
  TextValue value = reader.text(node, subject);
  ParsedColor parsed = parse_color(value.text);
  if (parsed.color) return parsed.color;
  if (!value.empty() || node.Tag() == "!") {
    reader.error(node, std::string(subject) + " " + parsed.problem, parsed.hints);
  }
  return std::nullopt;
}

bool report_color_read_as_comment(YamlReader& reader, const MappingEntry& entry) {
  if (!entry.value.IsNull()) return false;
  SourceLocation key = reader.where(entry.key_node);
  std::string_view line = reader.source_line(key.line);
  size_t hash = line.find('#', static_cast<size_t>(std::max(key.column, 1) - 1));
  if (hash == std::string_view::npos) return false;
  // Only a comment that reads as a colour; "color:  # to do" is just an empty value.
  size_t end = line.find_first_of(" \t", hash);
  if (!parse_color(line.substr(hash, end == std::string_view::npos ? end : end - hash)).color) {
    return false;
  }
  reader.error(SourceLocation{key.file, key.line, static_cast<int>(hash) + 1},
               entry.key + " is empty: without quotes, '#' starts a YAML comment",
               {"put the colour in quotes, e.g. " + entry.key + ": \"#1a1a1a\""});
  return true;
}

void report_undefined_name(YamlReader& reader, SourceLocation where, std::string_view reference,
                           const std::string& name, const std::vector<std::string>& defined,
                           std::string fallback_hint) {
  std::vector<std::string> hints;
  if (auto suggestion = did_you_mean(name, defined)) {
    hints.push_back(*suggestion);
  } else if (!fallback_hint.empty()) {
    hints.push_back(std::move(fallback_hint));
  }
  reader.error(std::move(where),
               std::string(reference) + " '" + name + "', which the template does not define",
               hints);
}

std::optional<int> read_whole_number(YamlReader& reader, const YAML::Node& node,
                                     const std::string& key, int lowest, int highest) {
  const std::string wanted =
      "a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest);
  if (!reader.expect(node, YAML::NodeType::Scalar, key, wanted)) return std::nullopt;
  const std::string& text = node.Scalar();
  int number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc() || end != text.data() + text.size() || number < lowest ||
      number > highest) {
    reader.error(node, key + " must be " + wanted + ", but this is " + text);
    return std::nullopt;
  }
  return number;
}

}  // namespace handout
