#include "app/watch_command.h"

#include <exception>
#include <string>

#include "app/file_watcher.h"
#include "app/input_files.h"
#include "app/template_lookup.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

// One render; an exception (a bug) is reported like any problem, so watching goes on.
RenderSummary render_once(const Job& job, const BundledFiles& bundled, const RenderReport& report) {
  RenderSummary summary;
  Diagnostics diagnostics;
  bool succeeded = false;
  try {
    succeeded = run_render_job(job, bundled, summary, diagnostics);
  } catch (const std::exception& error) {
    diagnostics.error({}, std::string("internal error: ") + error.what(),
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  }
  report(succeeded && !diagnostics.has_errors(), summary, diagnostics);
  return summary;
}

// The files a render read, and at least the data file even when it could not be read.
std::vector<std::string> files_to_watch(const Job& job, const RenderSummary& summary) {
  std::vector<std::string> files = summary.input_files;
  if (!job.data_path.empty()) add_input_files(files, {job.data_path});
  if (!job.template_name.empty() && !is_bundled_template_name(job.template_name)) {
    add_input_files(files, {job.template_name});
  }
  return files;
}

void say_unwatchable(const std::vector<std::string>& files, std::ostream& status) {
  for (const std::string& file : files) {
    status << "handout: warning: cannot watch '" << terminal_safe(file)
           << "': its folder does not exist\n";
  }
}

}  // namespace

int watch_and_render(const Job& job, const BundledFiles& bundled, const RenderReport& report,
                     std::ostream& status) {
  FileWatcher watcher;
  if (!watcher.problem().empty()) {
    status << "handout: error: cannot watch files: " << terminal_safe(watcher.problem()) << "\n";
    return static_cast<int>(FailureKind::internal);
  }
  while (true) {
    RenderSummary summary = render_once(job, bundled, report);
    say_unwatchable(watcher.watch(files_to_watch(job, summary)), status);
    if (!job.quiet) status << "watching for changes (Ctrl-C stops)\n" << std::flush;
    std::string changed;
    FileWatcher::Wake wake = watcher.wait_for_change(changed);
    if (wake == FileWatcher::Wake::interrupted) break;
    if (wake == FileWatcher::Wake::failed) {
      status << "handout: error: watching stopped: " << terminal_safe(watcher.problem()) << "\n";
      return static_cast<int>(FailureKind::internal);
    }
    if (!job.quiet) status << "changed: " << terminal_safe(changed) << "\n";
  }
  if (!job.quiet) status << "stopped watching\n";
  return 0;
}

}  // namespace handout
