#include "load/source_file.h"

#include "core/file_reading.h"
#include "core/resource_limits.h"

namespace handout {

SourceText read_source_file(const std::string& path, uint64_t max_bytes, Diagnostics& diagnostics,
                            FileKinds accepted) {
  BoundedFile file = read_file_at_most(path, max_bytes, accepted);
  if (file.too_large) {
    diagnostics.error({path},
                      "'" + path + "' " +
                          too_large_in_words(file.size, file.size_known, max_bytes) +
                          " handout reads from a YAML file",
                      {raise_limit_hint(kMaxInputSizeOption, "SIZE")});
  } else if (!file.content) {
    diagnostics.error({path}, "cannot read '" + path + "': " + file.error);
  }
  if (!file.content) return nullptr;
  auto text = std::make_shared<const std::string>(std::move(*file.content));
  diagnostics.keep_source(path, text);
  return text;
}

}  // namespace handout
