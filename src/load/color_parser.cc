#include "load/color_parser.h"

#include <array>
#include <cctype>
#include <charconv>

#include "core/whitespace.h"

namespace handout {
namespace {

constexpr std::string_view kCmykExample = "cmyk(0%, 40%, 100%, 0%)";
constexpr std::array<const char*, 4> kInkNames = {"cyan", "magenta", "yellow", "black"};

int hex_value(char digit) {
  if (std::isdigit(static_cast<unsigned char>(digit))) return digit - '0';
  return std::tolower(static_cast<unsigned char>(digit)) - 'a' + 10;
}

bool all_hex(std::string_view digits) {
  for (char digit : digits) {
    if (!std::isxdigit(static_cast<unsigned char>(digit))) return false;
  }
  return true;
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

ParsedColor failure(std::string problem, std::vector<std::string> hints = {}) {
  return {std::nullopt, std::move(problem), std::move(hints)};
}

ParsedColor parse_hex(std::string_view text) {
  std::string_view digits = text.substr(1);
  if ((digits.size() != 3 && digits.size() != 6) || !all_hex(digits)) {
    return failure(quoted(text) + " is not a colour; write #rrggbb or #rgb in quotes, e.g. " +
                   "\"#1a1a1a\"");
  }
  std::string full(digits);
  if (full.size() == 3) full = {digits[0], digits[0], digits[1], digits[1], digits[2], digits[2]};
  const auto component = [&](size_t at) {
    return (hex_value(full[at]) * 16 + hex_value(full[at + 1])) / 255.0;
  };
  return {Color{component(0), component(2), component(4)}, "", {}};
}

// One ink as written: a plain decimal number (no exponent) with an optional '%'.
struct WrittenInk {
  std::string_view text;
  std::optional<double> number;
  bool percent = false;

  std::optional<double> coverage() const {
    if (!number) return std::nullopt;
    const double value = percent ? *number / 100 : *number;
    if (value < 0 || value > 1) return std::nullopt;
    return value;
  }
};

WrittenInk read_ink(std::string_view text) {
  WrittenInk ink{trim_whitespace(text)};
  std::string_view digits = ink.text;
  if (digits.ends_with('%')) {
    ink.percent = true;
    digits = trim_whitespace(digits.substr(0, digits.size() - 1));
  }
  const bool negative = digits.starts_with('-');
  if (negative || digits.starts_with('+')) digits.remove_prefix(1);
  const bool plain = digits.find_first_not_of("0123456789.") == digits.npos &&
                     digits.find_first_of("0123456789") != digits.npos;
  double value = 0;
  if (plain) {
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc() && end == digits.data() + digits.size()) {
      ink.number = negative ? -value : value;
    }
  }
  return ink;
}

std::vector<WrittenInk> split_inks(std::string_view list) {
  std::vector<WrittenInk> inks;
  for (size_t start = 0;;) {
    const size_t comma = list.find(',', start);
    inks.push_back(read_ink(list.substr(start, comma - start)));
    if (comma == list.npos) return inks;
    start = comma + 1;
  }
}

// cmyk(0, 40, 100, 0) is most likely meant in percent: the hint writes it so.
std::vector<std::string> percent_hint(const std::vector<WrittenInk>& inks) {
  std::string fixed;
  for (const WrittenInk& ink : inks) {
    if (!ink.number || *ink.number < 0 || *ink.number > 100) return {};
    fixed += (fixed.empty() ? "" : ", ") + std::string(ink.text) + (ink.percent ? "" : "%");
  }
  return {"did you mean cmyk(" + fixed + ")?"};
}

ParsedColor ink_problem(std::string_view text, const std::vector<WrittenInk>& inks, size_t at) {
  const WrittenInk& ink = inks[at];
  const std::string name = kInkNames[at];
  const std::string range = "inks are fractions from 0 to 1 or percentages from 0% to 100%";
  if (!ink.number) {
    return failure(quoted(text) + " has " + name + " " + quoted(ink.text) +
                   ", which is not a number; " + range);
  }
  return failure(quoted(text) + " has " + name + " " + std::string(ink.text) +
                     ", which is out of range; " + range,
                 percent_hint(inks));
}

ParsedColor parse_cmyk(std::string_view text) {
  std::string_view rest = trim_whitespace(text.substr(5));  // after "cmyk("
  if (!rest.ends_with(')')) {
    std::vector<std::string> hints;
    // In {key: value} mappings, YAML ends a plain value at its first comma.
    if (rest.find(')') == rest.npos && rest.find(',') == rest.npos) {
      hints.push_back("inside { }, put the colour in quotes: color: \"" +
                      std::string(kCmykExample) + "\"");
    }
    return failure(quoted(text) + " is not a colour: write cmyk( with four inks and a closing " +
                       "')', e.g. " + std::string(kCmykExample),
                   hints);
  }
  const std::vector<WrittenInk> inks = split_inks(rest.substr(0, rest.size() - 1));
  if (inks.size() != kInkNames.size()) {
    return failure(quoted(text) + " gives " + std::to_string(inks.size()) +
                   (inks.size() == 1 ? " ink" : " inks") +
                   "; cmyk() takes 4: cyan, magenta, yellow and black, e.g. " +
                   std::string(kCmykExample));
  }
  std::array<double, 4> coverage{};
  for (size_t at = 0; at < inks.size(); ++at) {
    std::optional<double> value = inks[at].coverage();
    if (!value) return ink_problem(text, inks, at);
    coverage[at] = *value;
  }
  return {cmyk_color({coverage[0], coverage[1], coverage[2], coverage[3]}), "", {}};
}

}  // namespace

ParsedColor parse_color(std::string_view text) {
  if (text.starts_with('#')) return parse_hex(text);
  if (text.starts_with("cmyk(")) return parse_cmyk(text);
  return failure(quoted(text) + " is not a colour; write #rrggbb or #rgb in quotes, e.g. " +
                 "\"#1a1a1a\", or CMYK inks, e.g. " + std::string(kCmykExample));
}

}  // namespace handout
