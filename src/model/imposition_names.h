#pragma once

#include <string>
#include <vector>

#include "model/template_model.h"

namespace handout {

// The names of the impositions, in the order of Imposition: none, 2up, booklet, cards. The
// template's `impose` and the command line's --impose take the same names.
inline const std::vector<std::string>& imposition_names() {
  static_assert(static_cast<int>(Imposition::cards) == 3, "one name per Imposition, in order");
  static const std::vector<std::string> names = {"none", "2up", "booklet", "cards"};
  return names;
}

}  // namespace handout
