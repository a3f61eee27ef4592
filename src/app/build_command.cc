#include "app/build_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "app/batch_depfile.h"
#include "app/batch_each.h"
#include "app/batch_progress.h"
#include "app/batch_report.h"
#include "app/batch_run.h"
#include "app/batch_shard.h"
#include "app/output_collisions.h"
#include "app/output_file.h"
#include "app/preflight_output.h"

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
  return expand_each(job.data_path, job.each_path, job.name_pattern, folder, job.limits,
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

// The report and the dependency file are written after the documents: over a document's PDF,
// or over each other, one would replace another that the run reported written.
void check_run_files_apart(const Job& job, const std::vector<BatchDocument>& documents,
                           Diagnostics& diagnostics) {
  if (job.report_path.empty() && job.depfile_path.empty()) return;
  std::vector<PlannedOutput> outputs;
  if (job.command == Command::build) {
    outputs.reserve(documents.size() + 2);
    for (const BatchDocument& document : documents) {
      outputs.push_back({document.output_path, "the PDF of " + document.name()});
    }
  }
  outputs.push_back({job.report_path, "the report (--report)"});
  outputs.push_back({job.depfile_path, "the dependency file (--depfile)"});
  check_outputs_are_distinct(outputs, diagnostics);
}

ProgressStyle progress_style_for(const Job& job) {
  return choose_progress_style(job.quiet, job.verbose, job.command == Command::check,
                               ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1,
                               std::getenv("NO_COLOR") != nullptr);
}

// The files after the run: the report (even when documents failed) and the dependency file.
int write_run_files(const Job& job, const std::vector<BatchDocument>& documents,
                    const std::vector<BatchResult>& results, const std::optional<Shard>& shard,
                    double milliseconds, std::ostream& error) {
  Diagnostics diagnostics;
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

int run_build_command(const Job& job, const BundledFiles& bundled, std::ostream& out,
                      std::ostream& error) {
  const auto start = std::chrono::steady_clock::now();
  Diagnostics setup;
  std::vector<BatchDocument> documents = documents_of(job, setup);
  if (!setup.has_errors() && job.command == Command::build) {
    check_distinct_outputs(documents, setup);
  }
  if (!setup.has_errors()) check_run_files_apart(job, documents, setup);
  std::optional<Shard> shard;
  if (!setup.has_errors() && !job.shard.empty()) {
    shard = parse_shard(job.shard, job.shard_total, read_process_environment, setup);
  }
  if (int code = print_and_exit_code(setup, error); code != 0) return code;
  const size_t all = documents.size();
  if (shard) documents = shard_of(std::move(documents), *shard);

  // Details are kept for --report and --depfile, and for the preflight report, which prints each
  // document's warnings and errors after the run.
  BatchSettings settings{job.template_name,
                         job.root_folder,
                         job.command == Command::build,
                         job.jobs,
                         job.fail_fast,
                         job.fit_pages,
                         job.warnings_are_errors,
                         job.grayscale,
                         job.print,
                         job.limits,
                         !job.report_path.empty() || !job.depfile_path.empty() || job.preflight,
                         job.preflight};
  // The preflight report is the standard output; the progress goes to the error stream.
  BatchProgressPrinter printer(job.preflight ? error : out, error, documents.size(),
                               progress_style_for(job));
  BatchOutcome outcome =
      run_batch(documents, settings, bundled, [&](size_t position, const BatchResult& result) {
        printer.document_done(documents[position], result);
        // Nothing reads a printed document again unless a report or dependency file is written.
        if (!settings.keep_details) release_document(documents[position]);
      });
  const double milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  print_and_exit_code(outcome.after_documents, error);
  printer.outputs_lost(outcome.lost_outputs);
  int files_code = write_run_files(job, documents, outcome.results, shard, milliseconds, error);
  printer.finish(shard_text(shard, documents.size(), all));
  if (job.preflight) print_preflight(job, documents, outcome.results, out);
  return std::max(outcome.exit_code, files_code);
}

}  // namespace handout
