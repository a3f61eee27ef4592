#pragma once

#include <optional>
#include <string_view>

namespace handout {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool operator==(const CalendarDate&) const = default;
};

// A date written exactly as YYYY-MM-DD that exists in the Gregorian calendar; nothing otherwise.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

}  // namespace handout
