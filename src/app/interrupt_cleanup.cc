#include "app/interrupt_cleanup.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <mutex>
#include <random>
#include <set>
#include <system_error>
#include <thread>

#include "app/temporary_file_list.h"

namespace handout {
namespace {

// The temporary files that exist now, guarded by one lock. Never destroyed: the signal thread
// may use it while the process exits.
struct Registry {
  std::mutex mutex;
  std::set<std::string> files;
  TemporaryFileList* listed_for_parent = nullptr;  // list_temporary_files_in
};

Registry& registry() {
  static auto* files = new Registry;
  return *files;
}

// Replaces the last six characters with letters and digits that differ from call to call and
// from process to process. Called under the registry's lock.
void fill_unique_suffix(std::string& pattern) {
  static const uint64_t seed =
      (static_cast<uint64_t>(std::random_device{}()) << 32) ^ static_cast<uint64_t>(::getpid());
  static uint64_t counter = 0;
  uint64_t bits = seed + 0x9E3779B97F4A7C15ULL * ++counter;  // then mixed, as splitmix64 does
  bits = (bits ^ (bits >> 30)) * 0xBF58476D1CE4E5B9ULL;
  bits = (bits ^ (bits >> 27)) * 0x94D049BB133111EBULL;
  bits ^= bits >> 31;
  static constexpr char kLetters[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t i = pattern.size() - std::min<size_t>(6, pattern.size()); i < pattern.size(); ++i) {
    pattern[i] = kLetters[bits % 62];
    bits /= 62;
  }
}

// The stop signals whose disposition is the default: an ignored one (nohup, a background job
// of a script) stays ignored.
sigset_t stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (::sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler != SIG_IGN) {
      sigaddset(&signals, signal_number);
    }
  }
  return signals;
}

// Removes the temporary files and ends the process with the signal's default action; holds the
// lock until the end, so no temporary file is created or renamed after the removal.
[[noreturn]] void end_by(int signal_number) {
  registry().mutex.lock();
  for (const std::string& file : registry().files) ::unlink(file.c_str());
  end_by_default_action(signal_number);
}

// Takes a temporary file off the registry (and the parent's list); called under the lock.
void forget(const std::string& temporary) {
  registry().files.erase(temporary);
  if (registry().listed_for_parent) registry().listed_for_parent->remove(temporary);
}

void wait_for_stop_signal(sigset_t signals) {
  int signal_number = 0;
  while (::sigwait(&signals, &signal_number) != 0) {
  }
  end_by(signal_number);
}

}  // namespace

void end_by_default_action(int signal_number) {
  ::signal(signal_number, SIG_DFL);
  sigset_t just_this;
  sigemptyset(&just_this);
  sigaddset(&just_this, signal_number);
  ::pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
  ::raise(signal_number);
  ::_exit(128 + signal_number);  // only if the default action did not end the process
}

void ignore_file_size_signal() { ::signal(SIGXFSZ, SIG_IGN); }

void remove_temporary_files_on_signals() {
  static std::once_flag started;
  std::call_once(started, [] {
    ignore_file_size_signal();
    sigset_t signals = stop_signals();
    sigset_t previous;
    if (::pthread_sigmask(SIG_BLOCK, &signals, &previous) != 0) return;
    try {
      std::thread(wait_for_stop_signal, signals).detach();
    } catch (const std::system_error&) {
      // No thread to take the signals: let them act as before rather than not at all.
      ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    }
  });
}

int create_temporary_file(std::string& pattern) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  TemporaryFileList* listed = registry().listed_for_parent;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fill_unique_suffix(pattern);
    // Listed before it exists: a crash between the two then leaves no file unlisted.
    const bool added = listed != nullptr && listed->add(pattern);
    int descriptor =
        ::open(pattern.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (descriptor >= 0) registry().files.insert(pattern);
    if (descriptor < 0 && added) listed->remove(pattern);
    if (descriptor >= 0 || errno != EEXIST) return descriptor;
  }
  return -1;  // errno is EEXIST
}

int rename_temporary_file(const std::string& temporary, const std::string& target) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  int failure = ::rename(temporary.c_str(), target.c_str()) == 0 ? 0 : errno;
  if (failure == 0) forget(temporary);
  return failure;
}

void remove_temporary_file(const std::string& temporary) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  ::unlink(temporary.c_str());
  forget(temporary);
}

void list_temporary_files_in(TemporaryFileList* list) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  registry().listed_for_parent = list;
}

size_t registered_temporary_files() {
  std::lock_guard<std::mutex> lock(registry().mutex);
  return registry().files.size();
}

}  // namespace handout
