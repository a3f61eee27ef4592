#pragma once

#include <ostream>

#include "app/command_line.h"

namespace handout {

// `handout build`, and `handout check` over a batch, with each crash contained to its document
// (crash_containment.h). This process plans the batch (plan_batch: nothing that starts a thread)
// and then builds it in a child process; the child notes in a BatchJournal which documents it
// starts and prints. If the child crashes (SIGABRT, SIGSEGV, SIGKILL...), the document it was
// building is known to crash, or, with several in flight, they become suspects; a new child then
// builds the batch again: a known crash is failed without being built (exit 4, "handout crashed
// (SIGABRT, Aborted) while building this document"), suspects are built one at a time first, and
// what an earlier child printed is not printed again (and built again only when the report, the
// dependency file or the preflight report needs its details: the PDF comes out the same). The
// last child's report, dependency file, summary and exit code are thus those of a run without
// the crash, with the crashed documents failed. Temporary files a crashed child left are
// removed. A stop signal (Ctrl-C, SIGTERM, SIGHUP) goes to the child, and this process ends as
// the child ended, starting no other. After BatchJournal::kMaxCrashes crashes no new document is
// started, and if the child crashes outside any document twice (or after giving up), the batch
// ends with one message and exit 4.
//
// Must be called while the process has one thread. Returns the exit code.
int run_build_containing_crashes(const Job& job, std::ostream& out, std::ostream& error);

}  // namespace handout
