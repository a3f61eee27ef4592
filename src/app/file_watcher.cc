#include "app/file_watcher.h"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace handout {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kFolderEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;

sigset_t stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);  // the terminal closed: stop as after Ctrl-C
  return signals;
}

std::string absolute_path(const std::string& file) {
  std::error_code error;
  fs::path absolute = fs::absolute(file, error);
  return (error ? fs::path(file) : absolute).lexically_normal().string();
}

// Waits for `fd` to be readable, or for the stop signal; -1 for no limit.
enum class Ready { fd, signal, timeout, failed };
Ready wait_readable(int fd, int signal_fd, int timeout_ms) {
  pollfd fds[2] = {{fd, POLLIN, 0}, {signal_fd, POLLIN, 0}};
  while (true) {
    int count = poll(fds, 2, timeout_ms);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return Ready::failed;
    if (count == 0) return Ready::timeout;
    if (fds[1].revents & POLLIN) return Ready::signal;
    return Ready::fd;
  }
}

}  // namespace

FileWatcher::FileWatcher() {
  sigset_t signals = stop_signals();
  signals_blocked_ = sigprocmask(SIG_BLOCK, &signals, nullptr) == 0;
  signal_fd_ = signals_blocked_ ? signalfd(-1, &signals, SFD_CLOEXEC) : -1;
  inotify_fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (signal_fd_ < 0 || inotify_fd_ < 0) problem_ = std::strerror(errno);
}

FileWatcher::~FileWatcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (signal_fd_ >= 0) close(signal_fd_);
  if (signals_blocked_) {
    sigset_t signals = stop_signals();
    sigprocmask(SIG_UNBLOCK, &signals, nullptr);
  }
}

std::vector<std::string> FileWatcher::watch(const std::vector<std::string>& files) {
  std::vector<std::string> unwatchable;
  for (const std::string& file : files) {
    std::string absolute = absolute_path(file);
    std::string folder = fs::path(absolute).parent_path().string();
    int watch = inotify_add_watch(inotify_fd_, folder.c_str(), kFolderEvents);
    if (watch < 0) {
      unwatchable.push_back(file);
      continue;
    }
    folder_of_watch_[watch] = folder;  // adding a folder twice gives the same descriptor
    files_.insert(absolute);
  }
  return unwatchable;
}

// Reads what inotify has; true when an event names a watched file (or events were lost).
bool FileWatcher::read_events(std::string& changed) {
  alignas(inotify_event) char buffer[16 * 1024];
  bool relevant = false;
  ssize_t length;
  while ((length = read(inotify_fd_, buffer, sizeof buffer)) > 0) {
    for (char* at = buffer; at < buffer + length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) relevant = true;
      auto folder = folder_of_watch_.find(event->wd);
      if (event->len == 0 || folder == folder_of_watch_.end()) continue;
      std::string path = (fs::path(folder->second) / event->name).string();
      if (!files_.count(path)) continue;
      if (changed.empty()) changed = path;
      relevant = true;
    }
  }
  return relevant;
}

FileWatcher::Wake FileWatcher::wait_for_change(std::string& changed, int settle_ms) {
  changed.clear();
  if (!problem_.empty()) return Wake::failed;
  bool seen = false;
  while (true) {
    Ready ready = wait_readable(inotify_fd_, signal_fd_, seen ? settle_ms : -1);
    if (ready == Ready::signal) {
      signalfd_siginfo taken;  // consumed, so that unblocking later does not deliver it again
      if (read(signal_fd_, &taken, sizeof taken) < 0) problem_ = std::strerror(errno);
      return Wake::interrupted;
    }
    if (ready == Ready::failed) {
      problem_ = std::strerror(errno);
      return Wake::failed;
    }
    if (ready == Ready::timeout) return Wake::changed;  // only reached once a change was seen
    std::string first;
    if (read_events(first) && !seen) {
      seen = true;
      changed = first;
    }
  }
}

}  // namespace handout
