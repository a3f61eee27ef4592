#include "core/resource_limits.h"

#include <cstdio>

namespace handout {

std::string size_in_words(uint64_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < kKibibyte) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double amount = static_cast<double>(bytes) / kKibibyte;
  size_t unit = 0;
  while (amount >= 1024 && unit + 1 < std::size(kUnits)) {
    amount /= 1024;
    ++unit;
  }
  char text[32];
  // Whole amounts (the defaults, and what a user writes) without a decimal.
  const bool whole = amount == static_cast<double>(static_cast<uint64_t>(amount));
  std::snprintf(text, sizeof text, whole ? "%.0f %s" : "%.1f %s", amount, kUnits[unit]);
  return text;
}

std::string raise_limit_hint(std::string_view option, std::string_view value_name) {
  return "if this is intended, raise the limit with " + std::string(option) + " " +
         std::string(value_name);
}

}  // namespace handout
