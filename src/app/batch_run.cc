#include "app/batch_run.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "app/batch_journal.h"
#include "app/output_file.h"
#include "core/worker_pool.h"
#include "load/data_loader.h"

namespace handout {
namespace {

// One document, as run_render_job would do it: a bug becomes an internal error of this
// document only, so the rest of the batch is built.
void render_document(const BatchDocument& document, const RenderSettings& settings,
                     const BundledFiles& bundled, World& world, BatchResult& result) {
  RenderSummary& summary = result.summary;
  Diagnostics& diagnostics = result.diagnostics;
  summary.data_path = document.data_path;
  summary.input_files.push_back(document.data_path);
  bool succeeded = false;
  try {
    if (document.record) {
      diagnostics.keep_source(document.data_path, document.record->source);
      succeeded =
          render_loaded_data(document.record->data, settings, bundled, world, summary, diagnostics);
    } else if (auto data =
                   load_data_file(document.data_path, diagnostics, settings.document.limits)) {
      succeeded = render_loaded_data(*data, settings, bundled, world, summary, diagnostics);
    }
  } catch (const std::bad_alloc&) {
    diagnostics.error({}, "out of memory", {}, FailureKind::internal);
  } catch (const std::exception& error) {
    diagnostics.error({}, std::string("internal error: ") + error.what(),
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  } catch (...) {  // not a std::exception: it would pass every other handler up to terminate()
    diagnostics.error({}, "internal error: an exception of an unknown type",
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  }
  // The excerpts are taken: a batch that keeps its results for a report keeps no source texts.
  diagnostics.release_sources();
  // The data may fail to load before render_loaded_data turns the warnings into errors.
  if (settings.document.warnings_are_errors) diagnostics.turn_warnings_into_errors();
  if (succeeded && diagnostics.has_errors()) succeeded = false;
  if (!succeeded && !diagnostics.has_errors()) {
    diagnostics.error({}, "internal error: the document failed without saying why", {},
                      FailureKind::internal);
  }
  result.status = succeeded ? BatchResult::Status::ok : BatchResult::Status::failed;
}

// The batch's PDFs were renamed into place unsynced: flush their file systems once. A document
// whose data did not reach the disk fails with cannot_write, as a failed fsync would have made it.
size_t sync_outputs(std::vector<BatchResult>& results, Diagnostics& lost) {
  std::vector<std::string> written;
  std::vector<BatchResult*> owners;
  for (BatchResult& result : results) {
    if (result.status != BatchResult::Status::ok || result.summary.output_path.empty()) continue;
    written.push_back(result.summary.output_path);
    owners.push_back(&result);
  }
  if (written.empty()) return 0;
  std::map<std::string, std::string> failed;
  for (auto& [path, reason] : sync_file_systems(written)) failed.emplace(path, reason);
  size_t count = 0;
  for (BatchResult* result : owners) {
    auto found = failed.find(result->summary.output_path);
    if (found == failed.end()) continue;
    result->diagnostics.error(
        {result->summary.output_path}, "cannot write the output file: " + found->second,
        {"check the disk and run the build again"}, FailureKind::cannot_write);
    lost.add(result->diagnostics.all().back());
    result->status = BatchResult::Status::failed;
    ++count;
  }
  return count;
}

// Without a report, the batch keeps no list of the PDFs it wrote for the final flush: only how
// many went into each folder (a batch writes to a few folders, whatever its number of documents).
class WrittenFolders {
 public:
  void add(const std::string& output_path) {
    std::string folder = std::filesystem::path(output_path).parent_path().string();
    ++documents_[folder.empty() ? "." : folder];
  }

  // Flushes the folders' file systems; the documents in a folder whose flush failed are lost.
  size_t sync(Diagnostics& lost) const {
    std::vector<std::string> folders;
    for (const auto& [folder, count] : documents_) folders.push_back(folder);
    size_t count = 0;
    for (auto& [folder, reason] : sync_file_systems(folders)) {
      const size_t documents = documents_.at(folder);
      lost.error({folder}, "cannot write the output files in this folder: " + reason,
                 {std::to_string(documents) +
                  " of the batch's PDFs are in it; check the disk and " + "run the build again"},
                 FailureKind::cannot_write);
      count += documents;
    }
    return count;
  }

 private:
  std::map<std::string, size_t> documents_;
};

RenderSettings render_settings(const BatchDocument& document, const BatchSettings& settings,
                               TemplateCache& templates) {
  RenderSettings render;
  render.document = settings.document;
  render.output_path = settings.write_outputs ? document.output_path : "";
  render.threads = 1;  // the workers are the parallelism: no document oversubscribes
  render.templates = &templates;
  render.sync_output = false;  // one syncfs after the last document instead of an fsync each
  render.side_outputs = settings.side_outputs;
  render.writes_depfile = settings.writes_depfile;
  return render;
}

// What this attempt at the batch does with a document (BatchSettings::journal).
enum class Attempt {
  render,          // render it, unless --fail-fast stopped the batch
  render_started,  // render it even so: a crash-free run had started it before any failure
  unbuilt,         // known to crash, or given up: failed without rendering
  printed_before,  // printed by an earlier child, and no details are needed: the journal's outcome
};

Attempt attempt_for(const BatchJournal* journal, size_t position, bool keep_details) {
  if (journal == nullptr) return Attempt::render;
  if (journal->crash_signal(position) != 0 || journal->given_up(position)) {
    return Attempt::unbuilt;
  }
  if (journal->was_printed(position)) {
    const bool details =
        keep_details && journal->printed_status(position) != BatchResult::Status::skipped;
    return details ? Attempt::render_started : Attempt::printed_before;
  }
  return journal->is_suspect(position) ? Attempt::render_started : Attempt::render;
}

bool goes_alone(const BatchJournal& journal, size_t position) {
  if (journal.given_up(position)) return false;
  return journal.is_suspect(position) ||
         (journal.crash_signal(position) != 0 && !journal.was_printed(position));
}

// Whether an earlier child printed a failure or a document crashed: --fail-fast has stopped.
bool failed_before(const BatchJournal& journal) {
  for (size_t position = 0; position < journal.size(); ++position) {
    if (journal.crash_signal(position) != 0 || journal.given_up(position)) return true;
    if (journal.was_printed(position) &&
        journal.printed_status(position) == BatchResult::Status::failed) {
      return true;
    }
  }
  return false;
}

}  // namespace

unsigned batch_thread_count(unsigned requested) {
  if (requested != 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

BatchOutcome run_batch(const std::vector<BatchDocument>& documents, const BatchSettings& settings,
                       const BundledFiles& bundled, World& world, const BatchProgress& progress) {
  BatchOutcome outcome;
  if (settings.keep_details) outcome.results.resize(documents.size());
  WrittenFolders written;
  TemplateCache templates;
  // A child after a crash (contained_build.h) reads what the earlier ones did; a first child
  // (or a batch in this process) builds as if there were no journal.
  BatchJournal* journal = settings.journal;
  const bool after_crash = journal != nullptr && journal->crashes() > 0;
  std::atomic<bool> stop{settings.fail_fast && after_crash && failed_before(*journal)};
  std::mutex reporting;
  auto task = [&](size_t position) {
    const BatchDocument& document = documents[position];
    BatchResult dropped_when_printed;
    BatchResult& result = settings.keep_details ? outcome.results[position] : dropped_when_printed;
    int failure = 0;  // the exit code the document adds
    const Attempt attempt = attempt_for(journal, position, settings.keep_details);
    if (attempt == Attempt::unbuilt) {
      result = journal->unbuilt_result(position, document, !settings.write_outputs);
    } else if (attempt == Attempt::printed_before) {
      result.status = journal->printed_status(position);
      failure = journal->printed_exit_code(position);
      if (result.status == BatchResult::Status::ok && settings.write_outputs) {
        result.summary.output_path = document.output_path;
      }
    } else if (attempt == Attempt::render_started || !stop.load()) {
      if (journal) journal->started(position);
      auto start = std::chrono::steady_clock::now();
      render_document(document, render_settings(document, settings, templates), bundled, world,
                      result);
      result.milliseconds =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
    }
    if (result.status == BatchResult::Status::failed) {
      if (failure == 0) failure = static_cast<int>(result.diagnostics.worst_failure());
      if (settings.fail_fast) stop = true;
    }
    std::lock_guard<std::mutex> lock(reporting);
    if (progress) progress(position, result);
    outcome.exit_code = std::max(outcome.exit_code, failure);
    const bool wrote =
        result.status == BatchResult::Status::ok && !result.summary.output_path.empty();
    if (wrote && !settings.keep_details) written.add(result.summary.output_path);
    if (journal) journal->printed(position, result.status, failure);
  };
  const unsigned threads = batch_thread_count(settings.threads);
  if (!after_crash) {
    run_in_parallel(documents.size(), threads, task);
  } else {
    // Suspects one at a time, so that a crash among them names one document; known crashes
    // first too, so that --fail-fast stops before the rest start.
    std::vector<size_t> alone, together;
    for (size_t position = 0; position < documents.size(); ++position) {
      (goes_alone(*journal, position) ? alone : together).push_back(position);
    }
    run_in_parallel(alone.size(), 1, [&](size_t i) { task(alone[i]); });
    run_in_parallel(together.size(), threads, [&](size_t i) { task(together[i]); });
  }
  outcome.lost_outputs = settings.keep_details
                             ? sync_outputs(outcome.results, outcome.after_documents)
                             : written.sync(outcome.after_documents);
  if (outcome.lost_outputs > 0) {
    outcome.exit_code = std::max(outcome.exit_code, static_cast<int>(FailureKind::cannot_write));
  }
  return outcome;
}

}  // namespace handout
