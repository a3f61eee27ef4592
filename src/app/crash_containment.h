#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "app/temporary_file_list.h"

namespace handout {

// Crash containment: a bug that ends the process (an abort in a library, SIGSEGV, SIGBUS, a stack
// overflow, the OOM killer's SIGKILL) must cost one document, not a batch, and must end `render`
// with one clear message and exit code 4 rather than a core dump and a temporary file. Nothing
// inside a crashing process can be trusted to do that, so the work runs in a child process that a
// parent supervises: the parent forks before any thread exists, waits, and sees how the child
// ended. The command line uses it (cli.h, run_cli_containing_crashes); run_cli and
// run_build_command run in the calling process and let a crash end it (what a fuzzer needs).

// How a child process ended.
struct ChildEnd {
  enum class How {
    exited,     // with `code`
    crashed,    // by a crash signal (is_crash_signal), a bug
    signalled,  // by another signal: Ctrl-C, SIGTERM, SIGHUP forwarded to it, SIGPIPE, SIGXFSZ...
  };
  How how = How::exited;
  int code = 0;    // exited
  int signal = 0;  // crashed, signalled
  // No child could be forked (a process limit): the work ran in this process, uncontained.
  bool in_this_process = false;
};

// The signals that mean a bug ended the process: SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL,
// SIGTRAP, SIGSYS, and SIGKILL, which handout never sends (the OOM killer does).
bool is_crash_signal(int signal);

// "SIGABRT, Aborted"; "signal 77" for one without a name.
std::string signal_description(int signal);

// What happened, for a message: "crashed (SIGSEGV, Segmentation fault)", or for SIGKILL "was
// killed (SIGKILL, Killed)". `subject` is put before: "handout crashed (...)".
std::string crash_words(int signal, const std::string& subject);

// The hint of every crash message: SIGKILL is most likely the system out of memory.
std::string crash_hint(int signal, const std::string& what_to_report);

// The message of a crash that ends one job (render, check, a render of watch): "handout: internal
// error: crashed (SIGSEGV, Segmentation fault) while rendering talk.yaml", then the hint line.
std::string job_crash_message(int signal, const std::string& while_doing);

// For a job that runs in this process because a fork would cost more than it may (render and
// check of one document: a fork and its copied pages are 1 ms of a 15 ms render, measured): from
// now on a crash signal on any thread prints job_crash_message(signal, while_doing), removes the
// temporary files being written, and ends the process with exit code 4. Async-signal-safe from
// the signal on: the messages are made now, the handler runs on an alternate stack (a stack
// overflow of the main thread is reported too) and the files are listed in a TemporaryFileList.
// What it cannot catch: SIGKILL, and a stack overflow on another thread (the process ends by
// SIGSEGV). A handler that was installed before (a sanitizer's) is called after it, to report.
// Call before any thread is started; once.
void report_crashes_in_this_process(const std::string& while_doing);

// Runs work in forked child processes, one at a time, and reports how each ended. Construct it
// (and call run) while the process has a single thread: a child forked from a process with other
// threads inherits their locks held. Children forked by run:
// - list their temporary files (interrupt_cleanup.h) for the parent, which removes any left
//   when a child ends, so a crash leaves none behind;
// - end if the parent ends (SIGTERM, which removes their temporary files, as Ctrl-C would);
// - when `forward_stop_signals`, get the SIGINT, SIGTERM and SIGHUP the parent receives (those
//   not ignored when it started): the child then ends as the signal makes it end, and the parent
//   should end the same way (end_by_signal) without starting another child. Without it the
//   signals keep whatever mask the caller set (watch reads them itself).
class ChildSupervisor {
 public:
  struct Options {
    bool forward_stop_signals = true;
    size_t temporary_file_slots = 16;  // at most this many temporary files at once are listed
  };

  explicit ChildSupervisor(Options options);
  ~ChildSupervisor();
  ChildSupervisor(const ChildSupervisor&) = delete;
  ChildSupervisor& operator=(const ChildSupervisor&) = delete;

  // Forks; the child runs `body` and exits with what it returns (an exception is an internal
  // error, exit 4), flushing its streams as a normal end does; it never returns from here. The
  // parent waits for the child's end. With `messages`, the child gets the writing end of a pipe
  // as body's argument (else -1) and the parent reads everything written to it into *messages.
  // Standard output and error are flushed before the fork, so that nothing is printed twice.
  // When no process can be forked, `body(-1)` runs here instead (ChildEnd::in_this_process).
  // After a stop signal, no child is started: the result is `signalled` with that signal.
  ChildEnd run(const std::function<int(int message_fd)>& body, std::string* messages = nullptr);

  // The stop signal the parent received (and passed on) since it was constructed; 0 if none.
  int stop_signal() const;

 private:
  Options options_;
  TemporaryFileList temporary_files_;
};

// Writes all the bytes to the descriptor, retrying after signals; false if it fails.
// Async-signal-safe: the crash handler of report_crashes_in_this_process uses it.
bool write_fully(int descriptor, std::string_view bytes);

// Runs `work` and returns its exit code. An exception that reaches here is a bug: it is printed
// ("handout: internal error: ...", or "handout: error: out of memory") and the code is 4.
int run_catching_exceptions(const std::function<int()>& work);

// Ends this process as `signal` would, after flushing the standard streams: the signal's default
// action (so a shell sees 128 + N, and after SIGINT stops its script as it should), or exit
// status 128 + N where the default action does not end it (PID 1 in a container).
[[noreturn]] void end_by_signal(int signal);

}  // namespace handout
