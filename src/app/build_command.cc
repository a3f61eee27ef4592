#include "app/build_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "app/batch_depfile.h"
#include "app/batch_each.h"
#include "app/batch_journal.h"
#include "app/batch_progress.h"
#include "app/batch_report.h"
#include "app/batch_run.h"
#include "app/batch_shard.h"
#include "app/output_conflicts.h"
#include "app/output_file.h"
#include "app/preflight_output.h"
#include "app/template_lookup.h"

namespace handout {
namespace {

int print_and_exit_code(const Diagnostics& diagnostics, std::ostream& error) {
  DiagnosticPrinter printer(error);
  for (const Diagnostic& diagnostic : diagnostics.all()) printer.print(diagnostic);
  return diagnostics.has_errors() ? static_cast<int>(diagnostics.worst_failure()) : 0;
}

std::vector<BatchDocument> documents_of(const Job& job, Diagnostics& diagnostics) {
  const std::string folder = job.output_path.empty() ? "output" : job.output_path;
  if (job.each_path.empty()) return expand_batch_inputs(job.data_paths, folder, diagnostics);
  std::error_code error;
  if (job.data_paths.size() != 1 || !std::filesystem::is_regular_file(job.data_path, error)) {
    diagnostics.error({}, "--each takes exactly one data file (the one that holds the list)",
                      {"for example: handout build data/course.yaml --each lessons"},
                      FailureKind::bad_usage);
    return {};
  }
  return expand_each(job.data_path, job.each_path, job.name_pattern, folder, job.document.limits,
                     diagnostics);
}

std::vector<BatchDocument> shard_of(std::vector<BatchDocument> documents, const Shard& shard) {
  std::vector<std::string> outputs;
  for (const BatchDocument& document : documents) outputs.push_back(document.output_path);
  std::vector<BatchDocument> taken;
  for (size_t position : select_shard(outputs, shard)) {
    taken.push_back(std::move(documents[position]));
  }
  return taken;
}

std::string shard_text(const std::optional<Shard>& shard, size_t taken, size_t all) {
  if (!shard) return "";
  return "shard " + std::to_string(shard->index) + "/" + std::to_string(shard->total) + " (from " +
         shard->source + "): " + std::to_string(taken) + " of " + std::to_string(all) +
         " documents";
}

std::string depfile_text(const std::vector<BatchResult>& results) {
  std::string text;
  for (const BatchResult& result : results) {
    if (result.status != BatchResult::Status::ok || result.summary.output_path.empty()) continue;
    text += depfile_rule(result.summary.output_path, result.summary.input_files);
  }
  return text;
}

ProgressStyle progress_style_for(const Job& job) {
  return choose_progress_style(job.quiet, job.verbose, job.command == Command::check,
                               ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1,
                               std::getenv("NO_COLOR") != nullptr);
}

std::vector<JobOutput> side_outputs_of(const Job& job) {
  std::vector<JobOutput> outputs;
  if (!job.report_path.empty()) outputs.push_back({job.report_path, "--report"});
  if (!job.depfile_path.empty()) outputs.push_back({job.depfile_path, "--depfile"});
  return outputs;
}

// Every file the batch's documents read, each once.
std::vector<std::string> files_read(const std::vector<BatchResult>& results) {
  std::set<std::string> files;
  for (const BatchResult& result : results) {
    files.insert(result.summary.input_files.begin(), result.summary.input_files.end());
  }
  return {files.begin(), files.end()};
}

// The files after the run: the report (even when documents failed) and the dependency file,
// unless a document read one of them.
int write_run_files(const Job& job, const std::vector<BatchDocument>& documents,
                    const std::vector<BatchResult>& results, const std::optional<Shard>& shard,
                    double milliseconds, std::ostream& error) {
  Diagnostics diagnostics;
  if (!check_run_files_not_read(side_outputs_of(job), files_read(results), diagnostics)) {
    return print_and_exit_code(diagnostics, error);
  }
  if (!job.report_path.empty()) {
    write_file_atomically(job.report_path,
                          batch_report_json(documents, results, shard, milliseconds), diagnostics);
  }
  if (!job.depfile_path.empty()) {
    write_file_atomically(job.depfile_path, depfile_text(results), diagnostics);
  }
  return print_and_exit_code(diagnostics, error);
}

void print_preflight(const Job& job, const std::vector<BatchDocument>& documents,
                     const std::vector<BatchResult>& results, std::ostream& out) {
  std::vector<PreflightDocument> checked;
  for (size_t i = 0; i < documents.size(); ++i) {
    checked.push_back({documents[i].name(), results[i].status == BatchResult::Status::ok,
                       &results[i].summary, &results[i].diagnostics});
  }
  out << (job.json ? preflight_json(checked) : preflight_text(checked));
}

}  // namespace

std::optional<BatchPlan> plan_batch(const Job& job, std::ostream& error, int& exit_code) {
  BatchPlan plan;
  Diagnostics setup;
  plan.documents = documents_of(job, setup);
  if (!setup.has_errors() && job.command == Command::build) {
    check_output_names(plan.documents, setup);
    check_distinct_outputs(plan.documents, setup);
  }
  if (!setup.has_errors()) {
    const std::string& choice = job.document.template_choice;
    check_batch_outputs(plan.documents, side_outputs_of(job),
                        is_bundled_template_name(choice) ? "" : choice, setup);
  }
  if (!setup.has_errors() && !job.shard.empty()) {
    plan.shard = parse_shard(job.shard, job.shard_total, read_process_environment, setup);
  }
  exit_code = print_and_exit_code(setup, error);
  if (exit_code != 0) return std::nullopt;
  plan.all = plan.documents.size();
  if (plan.shard) plan.documents = shard_of(std::move(plan.documents), *plan.shard);
  return plan;
}

int run_batch_plan(const Job& job, BatchPlan& plan, const BundledFiles& bundled, std::ostream& out,
                   std::ostream& error, BatchJournal* journal) {
  std::vector<BatchDocument>& documents = plan.documents;
  // Details are kept for --report and --depfile, and for the preflight report, which prints each
  // document's warnings and errors after the run.
  const bool preflight = job.document.preflight;
  BatchSettings settings;
  settings.document = job.document;
  settings.write_outputs = job.command == Command::build;
  settings.threads = job.jobs;
  settings.fail_fast = job.fail_fast;
  settings.keep_details = !job.report_path.empty() || !job.depfile_path.empty() || preflight;
  settings.journal = journal;
  settings.side_outputs = side_outputs_of(job);
  settings.writes_depfile = !job.depfile_path.empty();
  // The preflight report is the standard output; the progress goes to the error stream.
  BatchProgressPrinter printer(preflight ? error : out, error, documents.size(),
                               progress_style_for(job), plan.start);
  if (journal && journal->crashes() > 0) printer.continue_after_crash();
  auto print_progress = [&](size_t position, const BatchResult& result) {
    // A child after a crash (contained_build.h): what an earlier one printed is counted only.
    if (journal && journal->was_printed(position)) {
      printer.count_printed_before(result);
    } else {
      printer.document_done(documents[position], result);
    }
    // Nothing reads a printed document again unless a report or dependency file is written.
    if (!settings.keep_details) release_document(documents[position]);
  };
  World world(Clock::from_environment());  // the documents' shared caches and clock
  BatchOutcome outcome = run_batch(documents, settings, bundled, world, print_progress);
  const double milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - plan.start)
          .count();
  print_and_exit_code(outcome.after_documents, error);
  printer.outputs_lost(outcome.lost_outputs);
  int files_code =
      write_run_files(job, documents, outcome.results, plan.shard, milliseconds, error);
  printer.finish(shard_text(plan.shard, documents.size(), plan.all));
  if (preflight) print_preflight(job, documents, outcome.results, out);
  return std::max(outcome.exit_code, files_code);
}

int run_build_command(const Job& job, const BundledFiles& bundled, std::ostream& out,
                      std::ostream& error) {
  int exit_code = 0;
  std::optional<BatchPlan> plan = plan_batch(job, error, exit_code);
  if (!plan) return exit_code;
  return run_batch_plan(job, *plan, bundled, out, error, nullptr);
}

}  // namespace handout
