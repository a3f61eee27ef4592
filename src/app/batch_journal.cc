#include "app/batch_journal.h"

#include "app/crash_containment.h"

namespace handout {

void BatchJournal::started(size_t position) {
  entries_[position].in_flight.store(1, std::memory_order_release);
}

void BatchJournal::printed(size_t position, BatchResult::Status status, int exit_code) {
  Entry& entry = entries_[position];
  entry.status = static_cast<uint8_t>(status);
  entry.exit_code = static_cast<uint8_t>(exit_code);
  entry.printed.store(1, std::memory_order_release);
  entry.in_flight.store(0, std::memory_order_release);
}

bool BatchJournal::was_printed(size_t position) const {
  return entries_[position].printed.load(std::memory_order_acquire) != 0;
}

BatchResult::Status BatchJournal::printed_status(size_t position) const {
  return static_cast<BatchResult::Status>(entries_[position].status);
}

int BatchJournal::printed_exit_code(size_t position) const { return entries_[position].exit_code; }

int BatchJournal::crash_signal(size_t position) const { return entries_[position].crash_signal; }

bool BatchJournal::is_suspect(size_t position) const { return entries_[position].suspect != 0; }

bool BatchJournal::given_up(size_t position) const { return entries_[position].given_up != 0; }

BatchJournal::Finding BatchJournal::record_crash(int signal) {
  ++crashes_;
  last_signal_ = signal;
  std::vector<size_t> in_flight;
  for (size_t position = 0; position < entries_.size(); ++position) {
    Entry& entry = entries_[position];
    if (entry.in_flight.load(std::memory_order_acquire) == 0) continue;
    entry.in_flight.store(0, std::memory_order_relaxed);
    in_flight.push_back(position);
  }
  if (in_flight.empty()) return Finding::no_document;
  if (in_flight.size() > 1) {
    for (size_t position : in_flight) entries_[position].suspect = 1;
    return Finding::suspects;
  }
  Entry& culprit = entries_[in_flight.front()];
  culprit.crash_signal = static_cast<uint8_t>(signal);
  culprit.suspect = 0;
  // Printed as built by an earlier child, it crashed when built again for the report: it is
  // printed again, failed, as the report will say.
  culprit.printed.store(0, std::memory_order_relaxed);
  return Finding::pinpointed;
}

void BatchJournal::give_up() {
  for (size_t position = 0; position < entries_.size(); ++position) {
    Entry& entry = entries_[position];
    if (entry.printed.load() == 0 && entry.crash_signal == 0) entry.given_up = 1;
  }
}

BatchResult BatchJournal::unbuilt_result(size_t position, const BatchDocument& document,
                                         bool checking) const {
  BatchResult result;
  result.status = BatchResult::Status::failed;
  result.summary.data_path = document.data_path;
  result.summary.input_files.push_back(document.data_path);
  const SourceLocation where =
      document.record ? document.record->where : SourceLocation{document.data_path};
  const char* building = checking ? "checking" : "building";
  if (const int signal = crash_signal(position); signal != 0) {
    result.diagnostics.error(where,
                             "internal error: " + crash_words(signal, "handout") + " while " +
                                 building + " this document",
                             {crash_hint(signal, "this document's files")}, FailureKind::internal);
    return result;
  }
  result.diagnostics.error(
      where,
      std::string("internal error: not ") + (checking ? "checked" : "built") +
          ": handout crashed " + std::to_string(crashes_) +
          " times in this batch (the last time: " + signal_description(last_signal_) +
          "), so it started no more documents",
      {crash_hint(last_signal_, "the files of the documents that crashed")}, FailureKind::internal);
  return result;
}

}  // namespace handout
