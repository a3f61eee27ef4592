#pragma once

// The paper sizes a template's `size` and --page-size name, portrait, in points.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

struct NamedPageSize {
  std::string name;  // as written in messages: "A4", "Letter", "Half-Letter"
  double width;
  double height;
};

const std::vector<NamedPageSize>& named_page_sizes();

// The size of that name, in any case ("a5", "letter"); none for another name.
std::optional<NamedPageSize> find_page_size(std::string_view name);

// The names, for a hint: "A3", "A4", ... as a list of words.
std::vector<std::string> page_size_names();

}  // namespace handout
