#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

// Levenshtein distance between two byte strings.
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible misspelling
// (used for "did you mean 'description'?" hints).
std::optional<std::string> closest_name(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace handout
