#include "core/clock.h"

#include <cstdlib>

namespace handout {

Clock Clock::from_environment() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr) return {};
  return {std::string(value)};
}

}  // namespace handout
