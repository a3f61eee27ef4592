#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace handout {

// Splits text into paragraphs at blank lines and folds every other run of white space (single
// newlines, tabs, repeated spaces) into one space, as a reader of the YAML would expect.
std::vector<std::string> split_paragraphs(std::string_view text);

// `text` without the white space (spaces, tabs, line breaks) at either end.
std::string_view trim_whitespace(std::string_view text);

// Folds white space runs into single spaces and trims both ends.
std::string fold_whitespace(std::string_view text);

}  // namespace handout
