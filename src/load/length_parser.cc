#include "load/length_parser.h"

#include <cctype>
#include <charconv>
#include <cmath>

#include "core/whitespace.h"

namespace handout {
namespace {

constexpr std::string_view kUnitsInWords = "pt, mm, cm or in";

struct NumberAndUnit {
  std::optional<double> number;
  std::string unit;  // lower case; empty for a bare number
};

// The length of the decimal number at the start of `text`: [+-]? digits [. digits], with at
// least one digit. No exponents, "inf" or "nan": nobody writes a margin like that.
size_t decimal_number_length(std::string_view text) {
  size_t at = 0;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
  size_t digits = 0;
  for (bool seen_point = false; at < text.size(); ++at) {
    if (std::isdigit(static_cast<unsigned char>(text[at]))) {
      ++digits;
    } else if (text[at] == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  return digits == 0 ? 0 : at;
}

// What a decimal number too large or too small for a double stands for: an infinity (which no
// length check lets through) when it has a digit other than 0 before any point, else 0; from_chars
// leaves the number unset for both, which would read a 400-digit length as 0.
double out_of_range_value(std::string_view digits) {
  const bool negative = digits.front() == '-';
  if (negative) digits.remove_prefix(1);
  const std::string_view whole = digits.substr(0, digits.find('.'));
  if (whole.find_first_not_of('0') == std::string_view::npos) return 0;
  return negative ? -HUGE_VAL : HUGE_VAL;
}

NumberAndUnit split_number_and_unit(std::string_view text) {
  text = trim_whitespace(text);
  size_t length = decimal_number_length(text);
  if (length == 0) return {};
  std::string_view digits = text.substr(0, length);
  if (digits.front() == '+') digits.remove_prefix(1);
  double number = 0;
  if (std::from_chars(digits.data(), digits.data() + digits.size(), number).ec ==
      std::errc::result_out_of_range) {
    number = out_of_range_value(digits);
  }
  NumberAndUnit result{number, std::string(trim_whitespace(text.substr(length)))};
  for (char& c : result.unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

std::optional<double> points_per_unit(std::string_view unit) {
  if (unit == "pt") return 1.0;
  if (unit == "in") return 72.0;
  if (unit == "mm") return 72.0 / 25.4;
  if (unit == "cm") return 720.0 / 25.4;
  return std::nullopt;
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// A bare number could mean any unit, so it is an error, except 0, which is 0 in all of them.
std::optional<std::string> missing_unit_problem(std::string_view text, double number) {
  if (number == 0) return std::nullopt;
  const std::string digits(trim_whitespace(text));
  return quoted(text) + " has no unit; write a unit: " + digits + "pt, " + digits + "mm or " +
         digits + "in";
}

std::string unknown_unit_problem(std::string_view text, std::string_view unit) {
  return quoted(text) + " has the unit " + quoted(unit) + "; lengths use " +
         std::string(kUnitsInWords);
}

}  // namespace

ParsedLength parse_length(std::string_view text) {
  NumberAndUnit parsed = split_number_and_unit(text);
  if (!parsed.number) {
    return {std::nullopt, quoted(text) + " is not a length; write e.g. 12pt or 20mm"};
  }
  if (parsed.unit == "%") {
    return {std::nullopt, quoted(text) + " is a percentage, but this must be a length in " +
                              std::string(kUnitsInWords)};
  }
  if (parsed.unit.empty()) {
    if (auto problem = missing_unit_problem(text, *parsed.number)) return {std::nullopt, *problem};
    return {0.0, ""};
  }
  std::optional<double> scale = points_per_unit(parsed.unit);
  if (!scale) return {std::nullopt, unknown_unit_problem(text, parsed.unit)};
  return {*parsed.number * *scale, ""};
}

ParsedMeasure parse_length_or_percentage(std::string_view text) {
  NumberAndUnit parsed = split_number_and_unit(text);
  if (!parsed.number) {
    return {std::nullopt, std::nullopt,
            quoted(text) + " is not a length or a percentage; write e.g. 12pt, 20mm or 120%"};
  }
  if (parsed.unit == "%") return {std::nullopt, *parsed.number / 100.0, ""};
  if (parsed.unit.empty()) {
    if (auto problem = missing_unit_problem(text, *parsed.number)) {
      return {std::nullopt, std::nullopt,
              *problem + " (or a percentage: " + std::string(trim_whitespace(text)) + "%)"};
    }
    return {0.0, std::nullopt, ""};
  }
  std::optional<double> scale = points_per_unit(parsed.unit);
  if (!scale) return {std::nullopt, std::nullopt, unknown_unit_problem(text, parsed.unit)};
  return {*parsed.number * *scale, std::nullopt, ""};
}

}  // namespace handout
