#include "app/crash_containment.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <system_error>

#include "app/interrupt_cleanup.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int kInternalError = 4;  // FailureKind::internal

// The child a stop signal is passed to (0 while there is none), and the last stop signal taken.
// Only the supervising parent, which has a single thread, sets them.
std::atomic<pid_t> forwarding_to{0};
volatile sig_atomic_t stop_signal_taken = 0;
static_assert(std::atomic<pid_t>::is_always_lock_free);

void forward_stop_signal(int signal) {
  const int saved_errno = errno;
  stop_signal_taken = signal;
  const pid_t child = forwarding_to.load();
  if (child > 0) ::kill(child, signal);
  errno = saved_errno;
}

// What each stop signal did before the supervisor took it, to put back; SIG_IGN ones are left.
struct SavedAction {
  int signal = 0;
  struct sigaction action {};
};
SavedAction saved_actions[4];
size_t saved_count = 0;

void install_forwarding(bool forward_stop_signals) {
  saved_count = 0;
  // A parent that ignores SIGCHLD would have its children reaped for it, and waitpid fail.
  saved_actions[saved_count].signal = SIGCHLD;
  ::sigaction(SIGCHLD, nullptr, &saved_actions[saved_count].action);
  ::signal(SIGCHLD, SIG_DFL);
  ++saved_count;
  if (!forward_stop_signals) return;
  for (int signal : kStopSignals) {
    struct sigaction current {};
    if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
    struct sigaction forward {};
    forward.sa_handler = forward_stop_signal;
    sigemptyset(&forward.sa_mask);
    forward.sa_flags = 0;  // no SA_RESTART: waitpid and read return EINTR and look again
    if (::sigaction(signal, &forward, nullptr) == 0)
      saved_actions[saved_count++] = {signal, current};
  }
}

void restore_actions() {
  for (size_t i = 0; i < saved_count; ++i) {
    ::sigaction(saved_actions[i].signal, &saved_actions[i].action, nullptr);
  }
  saved_count = 0;
}

sigset_t stop_signal_set() {
  sigset_t signals;
  sigemptyset(&signals);
  for (int signal : kStopSignals) sigaddset(&signals, signal);
  return signals;
}

void flush_standard_streams() {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
}

void read_all(int descriptor, std::string& into) {
  char buffer[4096];
  while (true) {
    const ssize_t length = ::read(descriptor, buffer, sizeof buffer);
    if (length < 0 && errno == EINTR) continue;
    if (length <= 0) return;
    into.append(buffer, static_cast<size_t>(length));
  }
}

// The child's side of ChildSupervisor::run.
[[noreturn]] void run_child(const std::function<int(int)>& body, int message_fd, pid_t parent,
                            const sigset_t& caller_mask, TemporaryFileList& temporary_files) {
  forwarding_to = 0;
  // The stop signals act on the child as on any handout process: its own clean-up, if it sets
  // one up, or the default action.
  for (size_t i = 0; i < saved_count; ++i) {
    if (saved_actions[i].signal != SIGCHLD) ::signal(saved_actions[i].signal, SIG_DFL);
  }
  // Orphaned, end as after SIGTERM (removing the temporary files), unless it is ignored.
  struct sigaction term {};
  ::sigaction(SIGTERM, nullptr, &term);
  ::prctl(PR_SET_PDEATHSIG, term.sa_handler == SIG_IGN ? SIGKILL : SIGTERM);
  if (::getppid() != parent) ::_exit(128 + SIGTERM);  // the parent ended before prctl
  list_temporary_files_in(&temporary_files);
  ::pthread_sigmask(SIG_SETMASK, &caller_mask, nullptr);
  const int code = run_catching_exceptions([&] { return body(message_fd); });
  if (message_fd >= 0) ::close(message_fd);
  std::exit(code);  // flushes the streams and runs the exit handlers, as the end of main does
}

// report_crashes_in_this_process: what the handler needs, made before any crash.
constexpr int kHandledCrashSignals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS};
constexpr size_t kHandled = std::size(kHandledCrashSignals);
struct InProcessReport {
  std::string messages[kHandled];  // in the order of kHandledCrashSignals
  struct sigaction before[kHandled];
  TemporaryFileList temporary_files{4};  // a render writes its PDF, then its dependency file
  std::atomic<bool> crashing{false};
};
InProcessReport* in_process_report = nullptr;
// Room for the handler, and for a sanitizer's report that it calls after.
alignas(16) char alternate_stack[256 * 1024];

void on_crash_signal(int signal, siginfo_t* info, void* context) {
  InProcessReport& report = *in_process_report;
  // A second thread that crashes waits for the first to end the process.
  if (report.crashing.exchange(true)) {
    while (true) ::pause();
  }
  size_t index = 0;
  while (index + 1 < kHandled && kHandledCrashSignals[index] != signal) ++index;
  write_fully(STDERR_FILENO, report.messages[index]);
  report.temporary_files.remove_listed_files();
  const struct sigaction& before = report.before[index];
  if ((before.sa_flags & SA_SIGINFO) != 0 && before.sa_sigaction != nullptr) {
    before.sa_sigaction(signal, info, context);
  } else if (before.sa_handler != SIG_DFL && before.sa_handler != SIG_IGN) {
    before.sa_handler(signal);
  }
  ::_exit(kInternalError);
}

}  // namespace

void report_crashes_in_this_process(const std::string& while_doing) {
  if (in_process_report != nullptr) return;
  in_process_report = new InProcessReport;  // never freed: a crash may come at exit
  stack_t stack{};
  // A sanitizer may have set one up already: it is kept.
  if (::sigaltstack(nullptr, &stack) == 0 && (stack.ss_flags & SS_DISABLE) != 0) {
    stack = {};
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    ::sigaltstack(&stack, nullptr);
  }
  for (size_t index = 0; index < kHandled; ++index) {
    const int signal = kHandledCrashSignals[index];
    in_process_report->messages[index] = job_crash_message(signal, while_doing);
    struct sigaction action {};
    action.sa_sigaction = on_crash_signal;
    sigemptyset(&action.sa_mask);
    // Once: a crash inside the handler ends the process by the signal's default action.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    ::sigaction(signal, &action, &in_process_report->before[index]);
  }
  list_temporary_files_in(&in_process_report->temporary_files);
}

bool write_fully(int descriptor, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

bool is_crash_signal(int signal) {
  switch (signal) {
    case SIGABRT:
    case SIGSEGV:
    case SIGBUS:
    case SIGFPE:
    case SIGILL:
    case SIGTRAP:
    case SIGSYS:
    case SIGKILL:
      return true;
    default:
      return false;
  }
}

std::string signal_description(int signal) {
  static const struct {
    int number;
    const char* name;
  } kNames[] = {{SIGABRT, "SIGABRT"}, {SIGSEGV, "SIGSEGV"}, {SIGBUS, "SIGBUS"},
                {SIGFPE, "SIGFPE"},   {SIGILL, "SIGILL"},   {SIGTRAP, "SIGTRAP"},
                {SIGSYS, "SIGSYS"},   {SIGKILL, "SIGKILL"}, {SIGINT, "SIGINT"},
                {SIGTERM, "SIGTERM"}, {SIGHUP, "SIGHUP"},   {SIGPIPE, "SIGPIPE"},
                {SIGXCPU, "SIGXCPU"}, {SIGXFSZ, "SIGXFSZ"}};
  for (const auto& known : kNames) {
    if (known.number == signal) return std::string(known.name) + ", " + ::strsignal(signal);
  }
  return "signal " + std::to_string(signal);
}

std::string crash_words(int signal, const std::string& subject) {
  const std::string how = "(" + signal_description(signal) + ")";
  if (signal == SIGKILL) return subject.empty() ? "killed " + how : subject + " was killed " + how;
  return (subject.empty() ? "" : subject + " ") + "crashed " + how;
}

std::string crash_hint(int signal, const std::string& what_to_report) {
  const std::string report = "please report it with " + what_to_report;
  if (signal != SIGKILL) return "this is a bug in handout: " + report;
  return "SIGKILL most likely means the system ran out of memory (the OOM killer): lower -j or "
         "the limits (docs/ci.md, \"Limits\"), or give it more memory; if not, it is a bug in "
         "handout: " +
         report;
}

std::string job_crash_message(int signal, const std::string& while_doing) {
  return "handout: internal error: " + crash_words(signal, "") + " while " + while_doing +
         "\nhint: " + crash_hint(signal, "the input files") + "\n";
}

ChildSupervisor::ChildSupervisor(Options options)
    : options_(options), temporary_files_(options.temporary_file_slots) {
  stop_signal_taken = 0;
  install_forwarding(options.forward_stop_signals);
}

ChildSupervisor::~ChildSupervisor() { restore_actions(); }

int ChildSupervisor::stop_signal() const { return stop_signal_taken; }

ChildEnd ChildSupervisor::run(const std::function<int(int)>& body, std::string* messages) {
  flush_standard_streams();
  int pipe_ends[2] = {-1, -1};
  if (messages != nullptr && ::pipe2(pipe_ends, O_CLOEXEC) != 0) {
    throw std::system_error(errno, std::generic_category(), "cannot make a pipe");
  }
  // Stop signals wait while the child is forked, then go to it: none is lost in between.
  const sigset_t stops = stop_signal_set();
  sigset_t caller_mask;
  ::pthread_sigmask(SIG_BLOCK, &stops, &caller_mask);
  const pid_t parent = ::getpid();
  const pid_t child = stop_signal_taken != 0 ? -1 : ::fork();
  if (child == 0) {
    if (pipe_ends[0] >= 0) ::close(pipe_ends[0]);
    run_child(body, pipe_ends[1], parent, caller_mask, temporary_files_);
  }
  if (child > 0) forwarding_to = child;
  ::pthread_sigmask(SIG_SETMASK, &caller_mask, nullptr);
  if (pipe_ends[1] >= 0) ::close(pipe_ends[1]);
  if (child < 0) {
    if (pipe_ends[0] >= 0) ::close(pipe_ends[0]);
    if (stop_signal_taken != 0) return {ChildEnd::How::signalled, 0, stop_signal_taken};
    // No process to be had (a process limit, no memory): the work is still done, uncontained.
    restore_actions();
    ChildEnd here{ChildEnd::How::exited, body(-1), 0};
    here.in_this_process = true;
    return here;
  }
  if (pipe_ends[0] >= 0) {
    read_all(pipe_ends[0], *messages);
    ::close(pipe_ends[0]);
  }
  // Waited for without reaping it first: until it is reaped its process ID cannot be given to
  // another process, which a late stop signal would then be passed to.
  siginfo_t ended{};
  while (::waitid(P_PID, static_cast<id_t>(child), &ended, WEXITED | WNOWAIT) < 0 &&
         errno == EINTR) {
  }
  forwarding_to = 0;
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  temporary_files_.remove_listed_files();
  if (WIFEXITED(status)) return {ChildEnd::How::exited, WEXITSTATUS(status), 0};
  const int signal = WTERMSIG(status);
  const bool crashed = is_crash_signal(signal) && stop_signal_taken == 0;
  return {crashed ? ChildEnd::How::crashed : ChildEnd::How::signalled, 0, signal};
}

int run_catching_exceptions(const std::function<int()>& work) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    std::cerr << "handout: error: out of memory\n";
  } catch (const std::exception& error) {
    std::cerr << "handout: internal error: " << terminal_safe(error.what())
              << "\nhint: this is a bug in handout; please report it with the input files\n";
  } catch (...) {
    std::cerr << "handout: internal error: an exception of an unknown type\n"
                 "hint: this is a bug in handout; please report it with the input files\n";
  }
  return kInternalError;
}

void end_by_signal(int signal) {
  flush_standard_streams();
  end_by_default_action(signal);
}

}  // namespace handout
