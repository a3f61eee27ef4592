#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/resource_limits.h"

namespace handout {

// One option that sets a resource limit (--max-pages N, --max-input-size SIZE, ...).
struct LimitOption {
  std::string_view name;  // "--max-pages"
  std::string_view what;  // "a whole number of pages", for messages
  // Reads `value` into `limits`; false when it is not a value the option takes.
  bool (*set)(std::string_view value, ResourceLimits& limits);
  std::string_view allowed;  // the values it takes, for messages: "from 1 to 1000000000"
};

// The limit option `argument` names, as "--max-pages" or "--max-pages=20"; null for any other.
const LimitOption* find_limit_option(std::string_view argument);

// Sets the limit from `value`; a value the option does not take is a usage error naming it.
bool set_limit(const LimitOption& option, const std::string& value, ResourceLimits& limits,
               Diagnostics& diagnostics);

// A size as the size options take it: a whole number of bytes, or with a unit K, M or G (also
// KiB, MiB, GiB; powers of 1024; any case), such as 16M or 512KiB.
std::optional<uint64_t> parse_byte_size(std::string_view text);

}  // namespace handout
