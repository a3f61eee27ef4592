#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace handout {

// The names a header or footer may use as {{name}}: page, pages, title, subtitle, author, date.
const std::vector<std::string>& placeholder_names();

struct PlaceholderProblem {
  size_t offset = 0;  // of the '{{' in the text
  std::string message;
  std::vector<std::string> hints;
};

// Every {{name}} in `text` (spaces inside the braces allowed) that is unknown or not closed.
std::vector<PlaceholderProblem> check_placeholders(std::string_view text);

}  // namespace handout
