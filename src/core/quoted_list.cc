#include "core/quoted_list.h"

namespace handout {

std::string quoted_list(const std::vector<std::string>& names, std::string_view last_joiner) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? " " + std::string(last_joiner) + " " : ", ";
    list += "'" + names[i] + "'";
  }
  return list;
}

}  // namespace handout
