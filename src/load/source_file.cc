#include "load/source_file.h"

#include "core/file_reading.h"

namespace handout {

std::optional<std::string> read_source_file(const std::string& path, Diagnostics& diagnostics) {
  std::string reason;
  std::optional<std::string> content = read_whole_file(path, reason);
  if (!content) diagnostics.error({path}, "cannot read '" + path + "': " + reason);
  return content;
}

}  // namespace handout
