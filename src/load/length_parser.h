#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/points_text.h"  // format_points, for the messages of every length reader

namespace handout {

// A template length in points, or in `problem` why the text is not one. Lengths are a decimal
// number with one of the units pt, mm, cm or in (1in = 72pt, 1in = 25.4mm), optionally
// separated by spaces. A bare number is an error whose problem shows it with units ("write a
// unit: 10pt, 10mm or 10in"), except 0. Negative numbers parse: whether they are allowed depends
// on what the length is for.
struct ParsedLength {
  std::optional<double> points;
  std::string problem;
};

ParsedLength parse_length(std::string_view text);

// A length, or a percentage such as "130%" that gives the fraction 1.3 of something else.
struct ParsedMeasure {
  std::optional<double> points;
  std::optional<double> fraction;
  std::string problem;

  bool ok() const { return points || fraction; }
};

ParsedMeasure parse_length_or_percentage(std::string_view text);

}  // namespace handout
