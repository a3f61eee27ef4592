#include "app/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include "app/interrupt_cleanup.h"
#include "core/file_reading.h"
#include "core/stream_paths.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

void report(Diagnostics& diagnostics, const std::string& path, const std::string& reason) {
  diagnostics.error({path}, "cannot write the output file: " + reason,
                    {"check that the folder exists and is writable, or choose another path "
                     "with -o"},
                    FailureKind::cannot_write);
}

bool write_all(int descriptor, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written == 0) errno = ENOSPC;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

// ".NAME.tmp-XXXXXX" beside the target: hidden, and plainly handout's when one is seen (only
// after a crash or SIGKILL). A long name is cut to keep within the file system's 255 bytes.
std::string temporary_pattern(const fs::path& target) {
  fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string name = target.filename().string().substr(0, 200);
  return (parent / ("." + name + ".tmp-XXXXXX")).string();
}

bool make_parent_folders(const fs::path& target, Diagnostics& diagnostics) {
  std::error_code error;
  fs::path parent = target.parent_path();
  if (parent.empty() || fs::is_directory(parent, error)) return true;
  fs::create_directories(parent, error);
  if (!error) return true;
  report(diagnostics, target.string(),
         "cannot create the folder '" + parent.string() + "': " + error.message());
  return false;
}

// Writes the bytes into a stream target as they are: no temporary file, no rename. A regular file
// behind a descriptor path (`-o /dev/stderr 2>out.pdf`) is truncated first, as a shell's `>`
// would: the PDF replaces what was there instead of overwriting its start.
bool write_in_place(const std::string& path, std::string_view bytes, Diagnostics& diagnostics) {
  const bool standard_output = path == "-";
  const int descriptor =
      standard_output ? STDOUT_FILENO : ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (descriptor < 0) {
    report(diagnostics, path, std::strerror(errno));
    return false;
  }
  struct stat status {};
  int failure = 0;
  if (!standard_output && ::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode) &&
      ::ftruncate(descriptor, 0) != 0) {
    failure = errno;
  }
  if (failure == 0 && !write_all(descriptor, bytes)) failure = errno;
  if (!standard_output && ::close(descriptor) != 0 && failure == 0) failure = errno;
  if (failure == 0) return true;
  report(diagnostics, path, std::strerror(failure));
  return false;
}

}  // namespace

bool is_standard_output(const std::string& path) { return path == "-" || path == "/dev/stdout"; }

bool is_stream_target(const std::string& path) {
  if (is_standard_output(path)) return true;
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0 && (S_ISCHR(status.st_mode) || S_ISFIFO(status.st_mode))) {
    return true;
  }
  return names_descriptor(path);
}

bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics, bool sync) {
  if (is_stream_target(path)) return write_in_place(path, bytes, diagnostics);
  // A block device or a socket is neither written into nor replaced.
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0) {
    if (std::optional<std::string> reason = special_file_reason(status.st_mode)) {
      report(diagnostics, path, *reason);
      return false;
    }
  }
  const fs::path target(path);
  std::error_code error;
  if (fs::is_directory(target, error)) {
    report(diagnostics, path, "it is a folder");
    return false;
  }
  if (!make_parent_folders(target, diagnostics)) return false;
  std::string temporary = temporary_pattern(target);
  int descriptor = create_temporary_file(temporary);
  if (descriptor < 0) {
    report(diagnostics, path, std::strerror(errno));
    return false;
  }
  int failure = write_all(descriptor, bytes) && (!sync || ::fsync(descriptor) == 0) ? 0 : errno;
  if (::close(descriptor) != 0 && failure == 0) failure = errno;
  if (failure == 0) failure = rename_temporary_file(temporary, path);
  if (failure == 0) return true;
  remove_temporary_file(temporary);
  report(diagnostics, path, std::strerror(failure));
  return false;
}

std::vector<std::pair<std::string, std::string>> sync_file_systems(
    const std::vector<std::string>& paths) {
  std::map<dev_t, std::string> failed_devices;  // device -> reason, "" when the flush succeeded
  std::vector<std::pair<std::string, std::string>> failed;
  for (const std::string& path : paths) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
      failed.emplace_back(path, std::strerror(errno));
      continue;
    }
    auto [entry, first] = failed_devices.try_emplace(status.st_dev);
    if (first) {
      int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (descriptor < 0 || ::syncfs(descriptor) != 0) entry->second = std::strerror(errno);
      if (descriptor >= 0) ::close(descriptor);
    }
    if (!entry->second.empty()) failed.emplace_back(path, entry->second);
  }
  return failed;
}

}  // namespace handout
