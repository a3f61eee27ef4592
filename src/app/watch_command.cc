#include "app/watch_command.h"

#include <exception>
#include <iostream>
#include <optional>
#include <string>

#include "app/crash_containment.h"
#include "app/file_watcher.h"
#include "app/input_files.h"
#include "app/interrupt_cleanup.h"
#include "app/template_lookup.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

// One render; an exception (a bug) is reported like any problem, so watching goes on.
RenderSummary render_once(const Job& job, const BundledFiles& bundled, World& world,
                          const RenderReport& report) {
  RenderSummary summary;
  Diagnostics diagnostics;
  bool succeeded = false;
  try {
    succeeded = run_render_job(job, bundled, world, summary, diagnostics);
  } catch (const std::exception& error) {
    diagnostics.error({}, std::string("internal error: ") + error.what(),
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  } catch (...) {
    diagnostics.error({}, "internal error: an exception of an unknown type",
                      {"this is a bug in handout; please report it with the input files"},
                      FailureKind::internal);
  }
  report(succeeded && !diagnostics.has_errors(), summary, diagnostics);
  return summary;
}

// One render in a child process (watch_and_render with contain_crashes); returns the files it
// read, which the child sends back separated by NUL bytes (a path holds any other byte).
std::vector<std::string> render_in_child(const Job& job, const BundledFiles& bundled, World& world,
                                         const RenderReport& report, ChildSupervisor& supervisor) {
  std::vector<std::string> read_here;  // when no child could be started
  std::string listed;
  const ChildEnd end = supervisor.run(
      [&](int message_fd) {
        ignore_file_size_signal();
        read_here = render_once(job, bundled, world, report).input_files;
        std::string names;
        for (const std::string& file : read_here) names += file + '\0';
        if (message_fd >= 0) write_fully(message_fd, names);
        return 0;
      },
      &listed);
  if (end.in_this_process) return read_here;
  if (end.how == ChildEnd::How::signalled) end_by_signal(end.signal);
  if (end.how == ChildEnd::How::crashed) {
    std::cerr << job_crash_message(end.signal, "rendering " + terminal_safe(job.data_path))
              << std::flush;
    return {};
  }
  std::vector<std::string> files;
  for (size_t start = 0, end_of_name; start < listed.size(); start = end_of_name + 1) {
    end_of_name = listed.find('\0', start);
    if (end_of_name == std::string::npos) break;
    files.push_back(listed.substr(start, end_of_name - start));
  }
  return files;
}

// The files a render read, and at least the data file even when it could not be read.
std::vector<std::string> files_to_watch(const Job& job, std::vector<std::string> files) {
  if (!job.data_path.empty()) add_input_files(files, {job.data_path});
  const std::string& choice = job.document.template_choice;
  if (!choice.empty() && !is_bundled_template_name(choice)) {
    add_input_files(files, {choice});
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
                     std::ostream& status, bool contain_crashes) {
  FileWatcher watcher;
  if (!watcher.problem().empty()) {
    status << "handout: error: cannot watch files: " << terminal_safe(watcher.problem()) << "\n";
    return static_cast<int>(FailureKind::internal);
  }
  // Stop signals stay blocked for the watcher's signalfd, in the children too: Ctrl-C lets the
  // render under way finish.
  std::optional<ChildSupervisor> supervisor;
  if (contain_crashes) supervisor.emplace(ChildSupervisor::Options{false, 8});
  // Shared by the renders in this process; a child's loads end with the child.
  World world(Clock::from_environment());
  while (true) {
    std::vector<std::string> read = supervisor
                                        ? render_in_child(job, bundled, world, report, *supervisor)
                                        : render_once(job, bundled, world, report).input_files;
    say_unwatchable(watcher.watch(files_to_watch(job, std::move(read))), status);
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
