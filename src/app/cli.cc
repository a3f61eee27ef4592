#include "app/cli.h"

#include <exception>
#include <iostream>

#include "app/bundled_files.h"
#include "app/command_line.h"
#include "app/diagnostic_printer.h"
#include "app/render_job.h"

namespace handout {
namespace {

int exit_code_for(const Diagnostics& diagnostics) {
  return diagnostics.has_errors() ? static_cast<int>(diagnostics.worst_failure()) : 0;
}

void print_all(const Diagnostics& diagnostics) {
  DiagnosticPrinter printer(std::cerr);
  for (const Diagnostic& diagnostic : diagnostics.all()) printer.print(diagnostic);
}

void print_summary(const Job& job, const RenderSummary& summary) {
  if (job.quiet) return;
  std::string pages = std::to_string(summary.page_count) +
                      (summary.page_count == 1 ? " page" : " pages");
  if (job.command == Command::check) {
    std::cout << summary.data_path << ": ok (" << pages << ")\n";
  } else {
    std::cout << summary.output_path << " (" << pages << ", " << summary.byte_count
              << " bytes)\n";
  }
}

int run_job(const Job& job) {
  if (job.command == Command::help) {
    std::cout << usage_text();
    return 0;
  }
  if (job.command == Command::version) {
    std::cout << "handout " << HANDOUT_VERSION << "\n";
    return 0;
  }
  Diagnostics diagnostics;
  RenderSummary summary;
  bool succeeded = run_render_job(job, find_bundled_files(), summary, diagnostics);
  print_all(diagnostics);
  if (!succeeded && !diagnostics.has_errors()) return static_cast<int>(FailureKind::internal);
  if (succeeded) print_summary(job, summary);
  return exit_code_for(diagnostics);
}

}  // namespace

int run_cli(const std::vector<std::string>& arguments) {
  try {
    Diagnostics diagnostics;
    auto job = parse_command_line(arguments, diagnostics);
    if (!job) {
      print_all(diagnostics);
      return exit_code_for(diagnostics);
    }
    return run_job(*job);
  } catch (const std::bad_alloc&) {
    std::cerr << "handout: error: out of memory\n";
  } catch (const std::exception& error) {
    std::cerr << "handout: internal error: " << error.what()
              << "\nhint: this is a bug in handout; please report it with the input files\n";
  }
  return static_cast<int>(FailureKind::internal);
}

}  // namespace handout
