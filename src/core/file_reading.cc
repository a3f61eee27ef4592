#include "core/file_reading.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace handout {
namespace {

// Reads until end of file, or until more than `max_bytes` are in; returns the errno of a failed
// read, or 0.
int read_all(int descriptor, uint64_t max_bytes, std::string& content) {
  char buffer[65536];
  for (;;) {
    const uint64_t wanted = std::min<uint64_t>(sizeof buffer, max_bytes - content.size() + 1);
    ssize_t count = ::read(descriptor, buffer, wanted);
    if (count == 0) return 0;
    if (count < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    content.append(buffer, static_cast<size_t>(count));
    if (content.size() > max_bytes) return 0;
  }
}

}  // namespace

BoundedFile read_file_at_most(const std::string& path, uint64_t max_bytes) {
  BoundedFile file;
  int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    file.error = std::strerror(errno);
    return file;
  }
  // Opening a folder succeeds; say so plainly instead of failing later in read().
  struct stat status {};
  int failure = ::fstat(descriptor, &status) != 0 ? errno : 0;
  if (failure == 0 && S_ISDIR(status.st_mode)) failure = EISDIR;
  const uint64_t stated_size = failure == 0 && status.st_size > 0 ? status.st_size : 0;
  std::string content;
  if (stated_size > max_bytes) {
    file.too_large = true;
    file.size = stated_size;
  } else if (failure == 0) {
    content.reserve(static_cast<size_t>(stated_size));
    failure = read_all(descriptor, max_bytes, content);
  }
  ::close(descriptor);
  if (failure != 0) {
    file.error = std::strerror(failure);
  } else if (content.size() > max_bytes) {
    file.too_large = true;
    file.size = content.size();
  } else if (!file.too_large) {
    file.content = std::move(content);
  }
  return file;
}

std::optional<std::string> read_whole_file(const std::string& path, std::string& error) {
  BoundedFile file = read_file_at_most(path, UINT64_MAX - 1);
  error = file.error;
  return std::move(file.content);
}

}  // namespace handout
