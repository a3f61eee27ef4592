#include "app/contained_build.h"

#include <optional>

#include "app/batch_journal.h"
#include "app/build_command.h"
#include "app/crash_containment.h"
#include "app/interrupt_cleanup.h"

namespace handout {
namespace {

constexpr int kInternalError = static_cast<int>(FailureKind::internal);

// The batch cannot go on: a crash outside any document, twice, or once more after giving up.
int stop_after_crash(int signal, const std::string& why, std::ostream& error) {
  error << "handout: internal error: " << crash_words(signal, "handout") << " " << why
        << "; the batch was stopped, and no report or dependency file was written\n"
        << "hint: " << crash_hint(signal, "the command line and the input files") << "\n"
        << std::flush;
  return kInternalError;
}

}  // namespace

int run_build_containing_crashes(const Job& job, std::ostream& out, std::ostream& error) {
  int exit_code = 0;
  std::optional<BatchPlan> plan = plan_batch(job, error, exit_code);
  if (!plan) return exit_code;
  BatchJournal journal(plan->documents.size());
  // Each worker writes one temporary file at a time, then the report and the dependency file.
  ChildSupervisor supervisor({true, batch_thread_count(job.jobs) + 4});
  size_t crashes_outside_documents = 0;
  bool gave_up = false;
  while (true) {
    const ChildEnd end = supervisor.run([&](int) {
      return run_catching_exceptions([&] {
        remove_temporary_files_on_signals();
        return run_batch_plan(job, *plan, find_bundled_files(), out, error, &journal);
      });
    });
    if (end.how == ChildEnd::How::exited) return end.code;
    if (end.how == ChildEnd::How::signalled) {
      end_by_signal(supervisor.stop_signal() != 0 ? supervisor.stop_signal() : end.signal);
    }
    const BatchJournal::Finding finding = journal.record_crash(end.signal);
    if (gave_up) {
      return stop_after_crash(end.signal, "again after it had stopped starting documents", error);
    }
    if (finding == BatchJournal::Finding::no_document && ++crashes_outside_documents == 2) {
      return stop_after_crash(end.signal, "twice outside any document", error);
    }
    if (journal.crashes() >= BatchJournal::kMaxCrashes) {
      journal.give_up();
      gave_up = true;
    }
  }
}

}  // namespace handout
