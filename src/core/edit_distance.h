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

// The hint "did you mean 'NAME'?" for the candidate closest to `word` (closest_name), or nothing
// when none is close: every "did you mean" of handout's messages is made here.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

// The same hint for a correction found another way (such as "en-US" for "en_US").
std::string did_you_mean(std::string_view correction);

}  // namespace handout
