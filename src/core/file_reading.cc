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

std::optional<std::string> special_file_reason(unsigned mode) {
  if (S_ISFIFO(mode)) return "it is a named pipe, not a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "it is a device, not a file";
  if (S_ISSOCK(mode)) return "it is a socket, not a file";
  return std::nullopt;
}

BoundedFile read_file_at_most(const std::string& path, uint64_t max_bytes, FileKinds accepted) {
  BoundedFile file;
  // Without O_NONBLOCK, opening a named pipe waits for a writer, maybe forever.
  int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor < 0) {
    file.error = std::strerror(errno);
    return file;
  }
  // Opening a folder succeeds; say so plainly instead of failing later in read().
  struct stat status {};
  int failure = ::fstat(descriptor, &status) != 0 ? errno : 0;
  if (failure == 0 && S_ISDIR(status.st_mode)) failure = EISDIR;
  if (failure == 0 && accepted == FileKinds::regular_only) {
    if (std::optional<std::string> reason = special_file_reason(status.st_mode)) {
      ::close(descriptor);
      file.error = *reason;
      return file;
    }
  }
  // A pipe the data comes through is read as it arrives, waiting for it.
  if (failure == 0) {
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags < 0 || ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) != 0) failure = errno;
  }
  const uint64_t stated_size = failure == 0 && status.st_size > 0 ? status.st_size : 0;
  std::string content;
  if (stated_size > max_bytes) {
    file.too_large = true;
    file.size = stated_size;
    file.size_known = true;
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
