#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/batch_inputs.h"
#include "app/batch_run.h"
#include "app/shared_memory.h"

namespace handout {

// The record of a batch that is built in child processes (contained_build.h), one entry per
// document, in memory the supervising parent and each child share. The child that builds notes
// each document as it starts and once it is printed; when a child crashes, the parent learns from
// it which documents were being built (in flight) and which were printed already, marks the
// crashing one (or, with several in flight, the suspects), and starts the next child, which reads
// what not to build or print again.
//
// Between children only the parent writes; during a child only the child does (a document's
// entry from the one worker that has it), so no entry is written by both at once.
class BatchJournal {
 public:
  // After this many crashes in one batch, no new document is started: the crash is not in a
  // document but everywhere (and each crash that is pinpointed costs a child process that builds
  // the batch's printed documents again when a report is asked for).
  static constexpr size_t kMaxCrashes = 16;

  explicit BatchJournal(size_t documents) : entries_(documents) {}

  size_t size() const { return entries_.size(); }

  // --- The child that builds: called from the worker that has the document. ---
  void started(size_t position);
  // The document's result is printed: it is no longer in flight.
  void printed(size_t position, BatchResult::Status status, int exit_code);

  // --- What the earlier children did, read by the next one. ---
  // Printed by an earlier child: its status and exit code are known.
  bool was_printed(size_t position) const;
  BatchResult::Status printed_status(size_t position) const;
  int printed_exit_code(size_t position) const;
  // The signal that ended a child while it built this document alone; 0 when none did.
  int crash_signal(size_t position) const;
  // In flight with others when a child crashed: built alone, before the rest, next time.
  bool is_suspect(size_t position) const;
  // Not started because the batch crashed kMaxCrashes times (give_up).
  bool given_up(size_t position) const;
  size_t crashes() const { return crashes_; }
  int last_crash_signal() const { return last_signal_; }

  // --- The parent, after a child crashed with `signal`. ---
  enum class Finding {
    pinpointed,  // one document was in flight: it crashes, and is not built again
    suspects,    // several were: each is built alone next time
    no_document  // none was: the crash is outside any document (setup, report, flush)
  };
  Finding record_crash(int signal);
  // No document not yet printed is started again: each is failed, naming the crashes.
  void give_up();

  // The result the next child gives a document it does not build: known to crash, or given up.
  // `checking`: check rather than build, for the message.
  BatchResult unbuilt_result(size_t position, const BatchDocument& document, bool checking) const;

 private:
  struct Entry {
    std::atomic<uint8_t> in_flight{0};
    std::atomic<uint8_t> printed{0};
    uint8_t status = 0;  // BatchResult::Status, once printed
    uint8_t exit_code = 0;
    uint8_t crash_signal = 0;
    uint8_t suspect = 0;
    uint8_t given_up = 0;
  };
  SharedArray<Entry> entries_;
  // The parent's alone; each child reads the copy it was forked with.
  size_t crashes_ = 0;
  int last_signal_ = 0;
};

}  // namespace handout
