#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace handout {

// "'a', 'b' and 'c'" (or with `last_joiner` "or": "'a', 'b' or 'c'") for messages and hints.
std::string quoted_list(const std::vector<std::string>& names,
                        std::string_view last_joiner = "and");

}  // namespace handout
