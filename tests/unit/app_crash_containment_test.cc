#include <doctest/doctest.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/batch_journal.h"
#include "app/crash_containment.h"
#include "app/interrupt_cleanup.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

// Without the stop signals: the test process keeps its own.
ChildSupervisor::Options quiet_supervisor() { return {false, 4}; }

BatchDocument document(const std::string& path) { return {path, "out/x.pdf", nullptr}; }

// The crashes made on purpose leave no core file, and end the child as a real crash would:
// doctest's own crash handler, inherited through the fork, would report a crashed test case from
// the child.
void no_core_file() {
  const rlimit none{0, 0};
  ::setrlimit(RLIMIT_CORE, &none);
  for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(signal, SIG_DFL);
}

}  // namespace

TEST_CASE("crash containment: the crash signals, and how they are named") {
  for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGKILL}) {
    CHECK(is_crash_signal(signal));
  }
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ, SIGUSR1}) {
    CHECK_FALSE(is_crash_signal(signal));
  }
  CHECK(signal_description(SIGSEGV) == "SIGSEGV, Segmentation fault");
  CHECK(crash_words(SIGABRT, "handout") == "handout crashed (SIGABRT, Aborted)");
  CHECK(crash_words(SIGKILL, "") == "killed (SIGKILL, Killed)");
  CHECK(crash_hint(SIGBUS, "x") == "this is a bug in handout: please report it with x");
  CHECK(crash_hint(SIGKILL, "x").find("out of memory") != std::string::npos);
  CHECK(job_crash_message(SIGSEGV, "rendering talk.yaml") ==
        "handout: internal error: crashed (SIGSEGV, Segmentation fault) while rendering "
        "talk.yaml\nhint: this is a bug in handout: please report it with the input files\n");
}

TEST_CASE("crash containment: the journal pinpoints one document in flight, suspects several") {
  BatchJournal journal(5);
  journal.started(0);
  journal.printed(0, BatchResult::Status::ok, 0);
  journal.started(2);
  CHECK(journal.record_crash(SIGABRT) == BatchJournal::Finding::pinpointed);
  CHECK(journal.crash_signal(2) == SIGABRT);
  CHECK(journal.crash_signal(0) == 0);
  CHECK(journal.was_printed(0));
  CHECK(journal.printed_status(0) == BatchResult::Status::ok);

  journal.started(3);
  journal.started(4);
  CHECK(journal.record_crash(SIGSEGV) == BatchJournal::Finding::suspects);
  CHECK(journal.is_suspect(3));
  CHECK(journal.is_suspect(4));
  CHECK(journal.crash_signal(3) == 0);
  CHECK(journal.record_crash(SIGSEGV) == BatchJournal::Finding::no_document);
  CHECK(journal.crashes() == 3);

  // Printed as built once, then crashing when built again: it is to be printed again, failed.
  journal.started(0);
  CHECK(journal.record_crash(SIGBUS) == BatchJournal::Finding::pinpointed);
  CHECK_FALSE(journal.was_printed(0));
  CHECK(journal.crash_signal(0) == SIGBUS);

  journal.give_up();
  CHECK(journal.given_up(1));
  CHECK(journal.given_up(3));
  CHECK_FALSE(journal.given_up(2));  // known to crash: it says so itself
}

TEST_CASE("crash containment: a document not built says why, at its data file") {
  BatchJournal journal(3);
  journal.started(1);
  journal.record_crash(SIGABRT);
  BatchResult crashed = journal.unbuilt_result(1, document("data/b.yaml"), false);
  CHECK(crashed.status == BatchResult::Status::failed);
  CHECK(crashed.summary.input_files == std::vector<std::string>{"data/b.yaml"});
  REQUIRE(crashed.diagnostics.all().size() == 1);
  const Diagnostic& message = crashed.diagnostics.all().front();
  CHECK(message.where.file == "data/b.yaml");
  CHECK(message.message ==
        "internal error: handout crashed (SIGABRT, Aborted) while building this document");
  CHECK(message.hints ==
        std::vector<std::string>{"this is a bug in handout: please report it with this "
                                 "document's files"});
  CHECK(crashed.diagnostics.worst_failure() == FailureKind::internal);

  journal.started(2);
  journal.record_crash(SIGKILL);
  CHECK(journal.unbuilt_result(2, document("c.yaml"), true).diagnostics.all().front().message ==
        "internal error: handout was killed (SIGKILL, Killed) while checking this document");
  journal.give_up();
  CHECK(journal.unbuilt_result(0, document("a.yaml"), false).diagnostics.all().front().message ==
        "internal error: not built: handout crashed 2 times in this batch (the last time: "
        "SIGKILL, Killed), so it started no more documents");
}

TEST_CASE("crash containment: a child's exit code, its crash, and what it wrote to the pipe") {
  ChildSupervisor supervisor(quiet_supervisor());
  ChildEnd exited = supervisor.run([](int) { return 3; });
  CHECK(exited.how == ChildEnd::How::exited);
  CHECK(exited.code == 3);
  CHECK_FALSE(exited.in_this_process);

  ChildEnd crashed = supervisor.run([](int) -> int {
    no_core_file();
    std::abort();
  });
  CHECK(crashed.how == ChildEnd::How::crashed);
  CHECK(crashed.signal == SIGABRT);

  ChildEnd signalled = supervisor.run([](int) { return ::raise(SIGPIPE); });
  CHECK(signalled.how == ChildEnd::How::signalled);
  CHECK(signalled.signal == SIGPIPE);

  std::string messages;
  ChildEnd wrote = supervisor.run(
      [](int fd) {
        const std::string text(100000, 'x');  // more than a pipe holds: the parent reads as it goes
        for (size_t at = 0; at < text.size();) {
          const ssize_t written = ::write(fd, text.data() + at, text.size() - at);
          if (written <= 0) return 1;
          at += static_cast<size_t>(written);
        }
        return 0;
      },
      &messages);
  CHECK(wrote.how == ChildEnd::How::exited);
  CHECK(messages == std::string(100000, 'x'));
}

TEST_CASE("crash containment: the journal and the temporary files of a crashed child") {
  fs::path folder = fresh_folder("handout-crash-containment-test");
  fs::create_directories(folder);
  BatchJournal journal(4);
  const size_t registered_before = registered_temporary_files();
  ChildSupervisor supervisor(quiet_supervisor());
  const std::string pattern = (folder / ".out.pdf.tmp-XXXXXX").string();
  ChildEnd end = supervisor.run([&](int) -> int {
    journal.started(0);
    journal.printed(0, BatchResult::Status::failed, 1);
    journal.started(3);
    std::string temporary = pattern;
    if (create_temporary_file(temporary) < 0) return 1;
    ::kill(::getpid(), SIGKILL);  // as the OOM killer would: nothing in the child cleans up
    return 0;
  });
  CHECK(end.how == ChildEnd::How::crashed);
  CHECK(end.signal == SIGKILL);
  // The parent sees what the child noted, and removed the file it was writing.
  CHECK(journal.was_printed(0));
  CHECK(journal.printed_exit_code(0) == 1);
  CHECK(journal.record_crash(end.signal) == BatchJournal::Finding::pinpointed);
  CHECK(journal.crash_signal(3) == SIGKILL);
  CHECK(fs::is_empty(folder));
  CHECK(registered_temporary_files() == registered_before);  // the child's registry was its own
}

TEST_CASE("crash containment: an exception of any type is an internal error") {
  CHECK(run_catching_exceptions([] { return 2; }) == 2);
  CHECK(run_catching_exceptions([]() -> int { throw 42; }) == 4);
  CHECK(run_catching_exceptions([]() -> int { throw std::runtime_error("x"); }) == 4);
}
