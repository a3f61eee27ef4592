#include "load/placeholder_check.h"

#include <algorithm>

#include "core/edit_distance.h"

namespace handout {
namespace {

std::string_view trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string all_placeholders() {
  std::string list;
  for (const std::string& name : placeholder_names()) {
    list += (list.empty() ? "" : ", ") + ("{{" + name + "}}");
  }
  return list;
}

PlaceholderProblem unknown_placeholder(size_t offset, std::string_view written,
                                       std::string_view name) {
  PlaceholderProblem problem{offset, "unknown placeholder '" + std::string(written) + "'", {}};
  if (auto suggestion = closest_name(name, placeholder_names())) {
    problem.hints.push_back("did you mean '{{" + *suggestion + "}}'?");
  } else {
    problem.hints.push_back("the placeholders are " + all_placeholders());
  }
  return problem;
}

}  // namespace

const std::vector<std::string>& placeholder_names() {
  static const std::vector<std::string> names = {"page",     "pages",  "title",
                                                 "subtitle", "author", "date"};
  return names;
}

std::vector<PlaceholderProblem> check_placeholders(std::string_view text) {
  std::vector<PlaceholderProblem> problems;
  for (size_t open = text.find("{{"); open != std::string_view::npos;
       open = text.find("{{", open + 2)) {
    size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) {
      problems.push_back({open, "'{{' without a closing '}}'", {"write placeholders as {{page}}"}});
      break;
    }
    std::string_view name = trimmed(text.substr(open + 2, close - open - 2));
    const std::vector<std::string>& known = placeholder_names();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      problems.push_back(unknown_placeholder(open, text.substr(open, close + 2 - open), name));
    }
    open = close;
  }
  return problems;
}

}  // namespace handout
