#include "core/file_reading.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace handout {
namespace {

// Reads until end of file; returns the errno of a failed read, or 0.
int read_all(int descriptor, std::string& content) {
  char buffer[65536];
  for (;;) {
    ssize_t count = ::read(descriptor, buffer, sizeof buffer);
    if (count == 0) return 0;
    if (count < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    content.append(buffer, static_cast<size_t>(count));
  }
}

}  // namespace

std::optional<std::string> read_whole_file(const std::string& path, std::string& error) {
  int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  // Opening a folder succeeds; say so plainly instead of failing later in read().
  struct stat status {};
  int failure = ::fstat(descriptor, &status) != 0 ? errno : 0;
  if (failure == 0 && S_ISDIR(status.st_mode)) failure = EISDIR;
  std::string content;
  if (failure == 0 && status.st_size > 0) content.reserve(static_cast<size_t>(status.st_size));
  if (failure == 0) failure = read_all(descriptor, content);
  ::close(descriptor);
  if (failure != 0) {
    error = std::strerror(failure);
    return std::nullopt;
  }
  return content;
}

}  // namespace handout
