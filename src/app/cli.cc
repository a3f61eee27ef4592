#include "app/cli.h"

#include <exception>
#include <iostream>

#include "app/batch_depfile.h"
#include "app/build_command.h"
#include "app/bundled_files.h"
#include "app/command_line.h"
#include "app/contained_build.h"
#include "app/crash_containment.h"
#include "app/diagnostic_printer.h"
#include "app/help_text.h"
#include "app/interrupt_cleanup.h"
#include "app/output_file.h"
#include "app/preflight_output.h"
#include "app/render_job.h"
#include "app/template_catalog.h"
#include "app/template_copy.h"
#include "app/watch_command.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

int exit_code_for(const Diagnostics& diagnostics) {
  return diagnostics.has_errors() ? static_cast<int>(diagnostics.worst_failure()) : 0;
}

void print_all(const Diagnostics& diagnostics) {
  DiagnosticPrinter printer(std::cerr);
  for (const Diagnostic& diagnostic : diagnostics.all()) printer.print(diagnostic);
}

// ", fitted: text size 92%, 4 columns" when copyfitting took steps.
std::string fit_note(const RenderSummary& summary) {
  std::string note;
  for (const std::string& step : summary.fit_steps) note += (note.empty() ? "" : ", ") + step;
  return note.empty() ? "" : ", fitted: " + note;
}

void print_summary(const Job& job, const RenderSummary& summary) {
  if (job.quiet) return;
  std::string pages =
      std::to_string(summary.page_count) + (summary.page_count == 1 ? " page" : " pages");
  if (job.command == Command::check) {
    std::cout << terminal_safe(summary.data_path) << ": ok (" << pages << fit_note(summary)
              << ")\n";
  } else if (job.command == Command::watch) {
    std::cout << terminal_safe(summary.output_path) << " (" << pages << ") rendered\n"
              << std::flush;
  } else {
    // With the PDF on the standard output, the line goes to the error stream.
    std::ostream& out = is_standard_output(summary.output_path) ? std::cerr : std::cout;
    out << terminal_safe(summary.output_path) << " (" << pages << ", " << summary.byte_count
        << " bytes" << fit_note(summary) << ")\n";
  }
}

int list_templates(const BundledFiles& bundled) {
  std::vector<BundledTemplate> templates = list_bundled_templates(bundled);
  if (templates.empty()) {
    std::cerr << "handout: error: no bundled templates were found\n"
                 "hint: set HANDOUT_HOME to the folder that holds templates/, fonts/ and data/\n";
    return static_cast<int>(FailureKind::bad_input);
  }
  std::cout << "Bundled templates (" << terminal_safe(bundled.templates_dir()) << "):\n"
            << template_list_text(templates)
            << "Use one with 'handout render DATA.yaml -t NAME'; start your own from one with "
               "'handout init NAME'.\n";
  return 0;
}

int copy_template(const Job& job, const BundledFiles& bundled) {
  Diagnostics diagnostics;
  std::vector<std::string> written =
      copy_bundled_template(job.document.template_choice, job.folder, bundled, diagnostics);
  print_all(diagnostics);
  if (diagnostics.has_errors()) return exit_code_for(diagnostics);
  if (!job.quiet) {
    for (const std::string& path : written) std::cout << "created " << terminal_safe(path) << "\n";
    std::cout << "render with it: handout render DATA.yaml -t " << terminal_safe(written.front())
              << "\n";
  }
  return 0;
}

int watch(const Job& job, const BundledFiles& bundled, bool contain_crashes) {
  auto report = [&job](bool succeeded, const RenderSummary& summary, const Diagnostics& problems) {
    print_all(problems);
    if (succeeded) print_summary(job, summary);
  };
  return watch_and_render(job, bundled, report, std::cout, contain_crashes);
}

int render(const Job& job, const BundledFiles& bundled) {
  Diagnostics diagnostics;
  RenderSummary summary;
  World world(Clock::from_environment());
  bool succeeded = run_render_job(job, bundled, world, summary, diagnostics);
  // The dependency file only describes an output that exists.
  if (succeeded && !diagnostics.has_errors() && !job.depfile_path.empty()) {
    succeeded = write_file_atomically(
        job.depfile_path, depfile_rule(summary.output_path, summary.input_files), diagnostics);
  }
  print_all(diagnostics);
  if (!succeeded && !diagnostics.has_errors()) return static_cast<int>(FailureKind::internal);
  if (job.document.preflight) {
    const std::string source = summary.data_path.empty() ? job.data_path : summary.data_path;
    const std::vector<PreflightDocument> checked = {{source, succeeded, &summary, &diagnostics}};
    std::cout << (job.json ? preflight_json(checked) : preflight_text(checked));
  } else if (succeeded) {
    print_summary(job, summary);
  }
  return exit_code_for(diagnostics);
}

// Every command that writes files leaves none half-written when stopped by a signal; watch reads
// Ctrl-C itself, to finish the render under way and then stop.
bool writes_files(Command command) {
  return command == Command::render || command == Command::build || command == Command::check ||
         command == Command::init;
}

int run_job(const Job& job) {
  if (writes_files(job.command)) remove_temporary_files_on_signals();
  switch (job.command) {
    case Command::help:
      std::cout << (job.help_topic ? command_usage_text(*job.help_topic) : usage_text());
      return 0;
    case Command::version:
      std::cout << "handout " << HANDOUT_VERSION << "\n";
      return 0;
    case Command::templates:
      return list_templates(find_bundled_files());
    case Command::init:
      return copy_template(job, find_bundled_files());
    case Command::watch:
      return watch(job, find_bundled_files(), false);
    case Command::build:
      return run_build_command(job, find_bundled_files(), std::cout, std::cerr);
    case Command::check:
      if (is_batch_job(job))
        return run_build_command(job, find_bundled_files(), std::cout, std::cerr);
      break;
    case Command::render:
      break;
  }
  return render(job, find_bundled_files());
}

std::string data_name(const Job& job) {
  return job.data_path.empty() ? "the bundled example" : terminal_safe(job.data_path);
}

// render, or check of one document, in this process (a fork would cost more than a crash that
// no input is known to cause): a crash is one message and exit 4.
int render_reporting_crashes(const Job& job) {
  report_crashes_in_this_process(
      std::string(job.command == Command::check ? "checking " : "rendering ") + data_name(job));
  remove_temporary_files_on_signals();
  return render(job, find_bundled_files());
}

int run_job_containing_crashes(const Job& job) {
  switch (job.command) {
    case Command::build:
      return run_build_containing_crashes(job, std::cout, std::cerr);
    case Command::check:
      if (is_batch_job(job)) return run_build_containing_crashes(job, std::cout, std::cerr);
      return render_reporting_crashes(job);
    case Command::render:
      return render_reporting_crashes(job);
    case Command::watch:
      return watch(job, find_bundled_files(), true);
    default:
      return run_job(job);
  }
}

// Parses the command line and runs the job that `run` stands for; a usage error is printed.
int parse_and_run(const std::vector<std::string>& arguments, int (*run)(const Job&)) {
  return run_catching_exceptions([&] {
    Diagnostics diagnostics;
    auto job = parse_command_line(arguments, diagnostics);
    if (!job) {
      print_all(diagnostics);
      return exit_code_for(diagnostics);
    }
    return run(*job);
  });
}

}  // namespace

int run_cli(const std::vector<std::string>& arguments) { return parse_and_run(arguments, run_job); }

int run_cli_containing_crashes(const std::vector<std::string>& arguments) {
  return parse_and_run(arguments, run_job_containing_crashes);
}

}  // namespace handout
