#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/batch_inputs.h"
#include "app/bundled_files.h"
#include "app/render_job.h"
#include "core/diagnostic.h"

namespace handout {

// What became of one document of a batch.
struct BatchResult {
  enum class Status { ok, failed, skipped };  // skipped: not started after --fail-fast
  Status status = Status::skipped;
  RenderSummary summary;
  Diagnostics diagnostics;  // exactly what a single render of the document reports
  double milliseconds = 0;
};

class BatchJournal;

struct BatchSettings {
  DocumentOptions document;   // as the command line gave them, for every document
  bool write_outputs = true;  // false for check
  unsigned threads = 0;       // worker threads; 0: the hardware's thread count
  bool fail_fast = false;
  // Keep each document's inputs and messages after it is printed, for --report, --depfile and
  // the preflight report.
  // Without, a result keeps only its outcome, so memory stays flat over any number of documents.
  bool keep_details = true;
  std::vector<JobOutput> side_outputs;  // --report, --depfile: no document may read them
  bool writes_depfile = false;          // --depfile: each document's paths must fit in it
  // A batch built in a child process that a parent supervises (contained_build.h): what earlier
  // children did, which decides what this one builds, and where it notes what it does. Null: the
  // batch is built here, whole, and a crash ends it.
  BatchJournal* journal = nullptr;
};

// Called on the worker's thread as each document ends (or is skipped), one call at a time.
using BatchProgress = std::function<void(size_t position, const BatchResult& result)>;

// How a batch ended.
struct BatchOutcome {
  // Every document's result, in input order, when settings.keep_details; else empty: each result
  // is dropped once it is printed, and only the counts below are kept.
  std::vector<BatchResult> results;
  int exit_code = 0;  // the worst failure's (README), 0 when every document was built
  // Documents that were printed as built but whose PDFs did not reach the disk when their file
  // system was flushed at the end, and what says so (cannot_write, naming the folder or file).
  size_t lost_outputs = 0;
  Diagnostics after_documents;
};

// Renders the documents on `settings.threads` workers, each document single-threaded inside,
// with templates loaded once and shared, and fonts, figures and dictionaries through `world`,
// shared by every document and worker. Keeps going after failures unless
// fail_fast, which starts no document after the first failure. Without settings.keep_details,
// what the batch keeps does not grow with the number of documents (bench/soak_10000.sh).
//
// With settings.journal, after a crash: a document known to crash (or given up) is not rendered
// but failed; a suspect is rendered alone, before the others, so that a crash pinpoints it; a
// document printed by an earlier child is rendered again only when details are kept (its output
// is the same), else its status and exit code are taken from the journal; and `progress` is
// still called for every document (the caller does not print again what was printed: see
// BatchJournal::was_printed). With fail_fast, a failure printed earlier (or a known crash) stops
// new documents at once; suspects and documents printed earlier are still rendered, as they
// were started before the failure.
BatchOutcome run_batch(const std::vector<BatchDocument>& documents, const BatchSettings& settings,
                       const BundledFiles& bundled, World& world, const BatchProgress& progress);

// The thread count run_batch uses: `requested`, else the hardware's threads (at least 1).
unsigned batch_thread_count(unsigned requested);

}  // namespace handout
