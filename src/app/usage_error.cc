#include "app/usage_error.h"

#include <utility>
#include <vector>

namespace handout {

void usage_error(Diagnostics& diagnostics, std::string message, std::string hint) {
  std::vector<std::string> hints;
  if (!hint.empty()) hints.push_back(std::move(hint));
  hints.push_back("run 'handout --help' for usage");
  diagnostics.error({}, std::move(message), std::move(hints), FailureKind::bad_usage);
}

}  // namespace handout
