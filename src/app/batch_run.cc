#include "app/batch_run.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "app/output_file.h"
#include "core/worker_pool.h"
#include "load/data_loader.h"

namespace handout {
namespace {

// One document, as run_render_job would do it: a bug becomes an internal error of this
// document only, so the rest of the batch is built.
void render_document(const BatchDocument& document, const RenderSettings& settings,
                     const BundledFiles& bundled, BatchResult& result) {
  RenderSummary& summary = result.summary;
  Diagnostics& diagnostics = result.diagnostics;
  summary.data_path = document.data_path;
  summary.input_files.push_back(document.data_path);
  bool succeeded = false;
  try {
    if (document.data) {
      succeeded = render_loaded_data(*document.data, settings, bundled, summary, diagnostics);
    } else if (auto data = load_data_file(document.data_path, diagnostics, settings.limits)) {
      succeeded = render_loaded_data(*data, settings, bundled, summary, diagnostics);
    }
  } catch (const std::bad_alloc&) {
    diagnostics.error({}, "out of memory", {}, FailureKind::internal);
  } catch (const std::exception& error) {
    diagnostics.error({}, std::string("internal error: ") + error.what(),
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  }
  // The data may fail to load before render_loaded_data turns the warnings into errors.
  if (settings.warnings_are_errors) diagnostics.turn_warnings_into_errors();
  if (succeeded && diagnostics.has_errors()) succeeded = false;
  if (!succeeded && !diagnostics.has_errors()) {
    diagnostics.error({}, "internal error: the document failed without saying why", {},
                      FailureKind::internal);
  }
  result.status = succeeded ? BatchResult::Status::ok : BatchResult::Status::failed;
}

// The batch's PDFs were renamed into place unsynced: flush their file systems once. A document
// whose data did not reach the disk fails with cannot_write, as a failed fsync would have made it.
void sync_outputs(std::vector<BatchResult>& results) {
  std::vector<std::string> written;
  std::vector<BatchResult*> owners;
  for (BatchResult& result : results) {
    if (result.status != BatchResult::Status::ok || result.summary.output_path.empty()) continue;
    written.push_back(result.summary.output_path);
    owners.push_back(&result);
  }
  if (written.empty()) return;
  std::map<std::string, std::string> failed;
  for (auto& [path, reason] : sync_file_systems(written)) failed.emplace(path, reason);
  for (BatchResult* result : owners) {
    auto found = failed.find(result->summary.output_path);
    if (found == failed.end()) continue;
    result->diagnostics.error(
        {result->summary.output_path}, "cannot write the output file: " + found->second,
        {"check the disk and run the build again"}, FailureKind::cannot_write);
    result->status = BatchResult::Status::failed;
  }
}

// After it is printed, a result without a report to go into needs only its outcome: the output
// (for the final sync) and the worst failure (for the exit code).
void shed_details(BatchResult& result) {
  std::vector<std::string>().swap(result.summary.input_files);
  std::vector<std::string>().swap(result.summary.fit_steps);
  if (result.diagnostics.all().empty()) return;
  Diagnostics outcome;
  if (result.diagnostics.has_errors()) {
    outcome.error({}, "", {}, result.diagnostics.worst_failure());
  }
  result.diagnostics = std::move(outcome);
}

}  // namespace

unsigned batch_thread_count(unsigned requested) {
  if (requested != 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<BatchResult> run_batch(const std::vector<BatchDocument>& documents,
                                   const BatchSettings& settings, const BundledFiles& bundled,
                                   const BatchProgress& progress) {
  std::vector<BatchResult> results(documents.size());
  TemplateCache templates;
  std::atomic<bool> stop{false};
  std::mutex reporting;
  auto task = [&](size_t position) {
    const BatchDocument& document = documents[position];
    BatchResult& result = results[position];
    if (!stop.load()) {
      RenderSettings render;
      render.template_choice = settings.template_choice;
      render.fit_pages = settings.fit_pages;
      render.root_folder = settings.root_folder;
      render.print = settings.print;
      render.output_path = settings.write_outputs ? document.output_path : "";
      render.threads = 1;  // the workers are the parallelism: no document oversubscribes
      render.templates = &templates;
      render.sync_output = false;  // one syncfs after the last document instead of an fsync each
      render.warnings_are_errors = settings.warnings_are_errors;
      render.grayscale = settings.grayscale;
      render.limits = settings.limits;
      render.preflight = settings.preflight;
      auto start = std::chrono::steady_clock::now();
      render_document(document, render, bundled, result);
      result.milliseconds =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
      if (result.status == BatchResult::Status::failed && settings.fail_fast) stop = true;
    }
    std::lock_guard<std::mutex> lock(reporting);
    if (progress) progress(position, result);
    if (!settings.keep_details) shed_details(result);
  };
  run_in_parallel(documents.size(), batch_thread_count(settings.threads), task);
  sync_outputs(results);
  return results;
}

}  // namespace handout
