#include "load/source_file.h"

#include "core/file_reading.h"
#include "core/resource_limits.h"

namespace handout {

std::optional<std::string> read_source_file(const std::string& path, uint64_t max_bytes,
                                            Diagnostics& diagnostics) {
  BoundedFile file = read_file_at_most(path, max_bytes);
  if (file.too_large) {
    diagnostics.error({path},
                      "'" + path + "' is " + size_in_words(file.size) + ", more than the " +
                          size_in_words(max_bytes) + " handout reads from a YAML file",
                      {raise_limit_hint(kMaxInputSizeOption, "SIZE")});
  } else if (!file.content) {
    diagnostics.error({path}, "cannot read '" + path + "': " + file.error);
  }
  return std::move(file.content);
}

}  // namespace handout
