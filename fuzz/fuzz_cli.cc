// Fuzz target: the whole command line, end to end: arguments, data files, templates, partials,
// figures and fonts -> handout's run_cli (render, check, build with -j, --each/--name,
// --depfile, --report, print options, limits; init, templates, help) in this process -> the
// files it wrote, read back.
//
// The input is an argument line and files (cli_input.h); they are written into a fresh folder
// (scratch_folder.h) and the command runs there, with small limits added so that a run takes
// milliseconds. After each run the target checks what handout promises (docs/fuzzing.md):
//   - the exit code is 0, 1, 2 or 3: 4 is an internal error, a bug by definition;
//   - no temporary file is left, and none is still registered for removal;
//   - nothing outside the run's folder changed;
//   - no input file the run read was replaced, and no file was written in place;
//   - a single render or check that failed left every file as it was and wrote none (check
//     writes nothing but its --report);
//   - every PDF written (by name or by its first bytes) is whole: header, xref table, %%EOF;
//     with -o - the standard output is exactly one PDF;
//   - every line of a dependency file is a rule for a file that exists (no newline in a path);
//   - the error stream holds no control character (no escape sequence from the input reaches
//     the terminal).
// A check that today's code is known to fail can be left out by name for a run (FUZZ_CLI_IGNORE,
// below), so that the search goes past it.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli.h"
#include "app/command_line.h"
#include "app/interrupt_cleanup.h"
#include "cli_input.h"
#include "fuzz_checks.h"
#include "scratch_folder.h"

namespace handout::fuzz {
namespace {

namespace fs = std::filesystem;

// Added after the input's own arguments (the last value of an option wins), for render, check and
// build: a run must take milliseconds, not seconds, for the search to get anywhere. Each is far
// below its default; what a limit does at its default is the long runs' and the tests' job.
const std::vector<std::string> kRunLimits = {
    "--max-pages",      "12",  "--max-blocks",     "400",  "--max-input-size",  "64K",
    "--max-image-size", "64K", "--max-megapixels", "0.25", "--max-yaml-values", "20000"};

// The checks a run may leave out, by the names FUZZ_CLI_IGNORE takes (comma-separated), for
// searching past a defect that is known and being fixed. Unset, every check is made.
constexpr const char* kIgnoredByDefault = "";

bool is_ignored(std::string_view check) {
  static const std::string ignored = [] {
    const char* names = std::getenv("FUZZ_CLI_IGNORE");
    return "," + std::string(names != nullptr ? names : kIgnoredByDefault) + ",";
  }();
  return ignored.find("," + std::string(check) + ",") != std::string::npos;
}

// Runs the command line in this process, exactly as the handout binary would.
//
// The handout binary runs build and a batch check in a forked child that is restarted after a
// crash (run_cli_containing_crashes), so that one bad document cannot take a batch down. A fuzz
// target must see the crash itself, so it calls run_cli, which runs everything in this process.
int run_command_line(const std::vector<std::string>& arguments) { return run_cli(arguments); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string quoted_arguments(const std::vector<std::string>& arguments) {
  std::string line;
  for (const std::string& argument : arguments) line += " '" + argument + "'";
  return line;
}

// What one run was and what it printed, for the report of a broken promise.
struct Run {
  std::vector<std::string> arguments;
  std::optional<Job> job;  // as handout parses the arguments; nothing when they are bad usage
  int exit_code = 0;
  std::string error_stream;
  std::string output_stream;
};

[[noreturn]] void broken_promise(const Run& run, std::string_view check, const std::string& what) {
  std::fprintf(stderr, "fuzz_cli: broken promise [%.*s]: %s\n  handout%s\n  exit code %d\n",
               static_cast<int>(check.size()), check.data(), what.c_str(),
               quoted_arguments(run.arguments).c_str(), run.exit_code);
  std::fprintf(stderr, "  its error stream:\n%s\n", run.error_stream.c_str());
  std::abort();
}

void expect(const Run& run, std::string_view check, const std::string& problem) {
  if (!problem.empty() && !is_ignored(check)) broken_promise(run, check, problem);
}

// The process-wide set-up: one scratch folder; no colours in messages; standard input empty
// (a data path '-' or /dev/stdin must not wait for a terminal).
struct Harness {
  Harness() {
    ::setenv("NO_COLOR", "1", 1);
    const int empty = ::open("/dev/null", O_RDONLY);
    if (empty >= 0) ::dup2(empty, STDIN_FILENO);
    if (empty > STDIN_FILENO) ::close(empty);
    std::error_code error;
    home = fs::current_path(error);
  }
  ScratchFolder scratch;
  fs::path home;  // the working folder to return to: the replay runner's paths are relative
};

Harness& harness() {
  static Harness instance;
  return instance;
}

// The standard output goes to a file and the error stream to a string while the command runs;
// sanitizer reports still reach the real error stream (fd 2).
class CapturedStreams {
 public:
  explicit CapturedStreams(const std::string& output_file) {
    std::fflush(stdout);
    saved_output_ = ::dup(STDOUT_FILENO);
    const int file = ::open(output_file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (saved_output_ < 0 || file < 0 || ::dup2(file, STDOUT_FILENO) < 0) {
      std::perror("fuzz_cli: cannot capture the standard output");
      std::abort();
    }
    ::close(file);
    saved_error_ = std::cerr.rdbuf(errors_.rdbuf());
  }
  ~CapturedStreams() { release(); }

  std::string release() {
    if (saved_output_ < 0) return errors_.str();
    std::cout.flush();
    std::fflush(stdout);
    ::dup2(saved_output_, STDOUT_FILENO);
    ::close(saved_output_);
    saved_output_ = -1;
    std::cerr.rdbuf(saved_error_);
    return errors_.str();
  }

 private:
  int saved_output_ = -1;
  std::ostringstream errors_;
  std::streambuf* saved_error_ = nullptr;
};

// A progress bar is drawn ("\r\033[K") only when the real error stream is a terminal.
std::string without_progress_bar(std::string text) {
  if (::isatty(STDERR_FILENO) != 1) return text;
  constexpr std::string_view kClear = "\r\033[K";
  for (size_t at = text.find(kClear); at != std::string::npos; at = text.find(kClear, at)) {
    text.erase(at, kClear.size());
  }
  return text;
}

bool limits_apply(const std::optional<Job>& job) {
  return job && (job->command == Command::render || job->command == Command::check ||
                 job->command == Command::build);
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return !a.empty() && !b.empty() && fs::equivalent(a, b, error);
}

// A file render or build wrote: the dependency file holds rules, the report is JSON's business,
// and anything else is a whole PDF.
void check_written_file(const Run& run, const std::string& path) {
  const std::string bytes = read_file(path);
  if (same_file(path, run.job->depfile_path)) {
    expect(run, "depfile-newline", depfile_problem(bytes, [](const std::string& target) {
             std::error_code error;
             return fs::exists(target, error);
           }));
  } else if (!same_file(path, run.job->report_path)) {
    const std::string problem = pdf_structure_problem(bytes);
    if (!problem.empty()) expect(run, "whole-pdf", "'" + path + "': " + problem);
  }
}

// What a command may write: a single render or check that failed leaves every file as it was;
// check writes nothing but its --report; render and build write PDFs, the dependency file and
// the report.
void check_what_was_written(const Run& run, const RunTrace& trace, bool batch) {
  if (!run.job) return;
  const Job& job = *run.job;
  const bool failed_single = run.exit_code != 0 && !batch &&
                             (job.command == Command::render || job.command == Command::check);
  for (const std::string& path : trace.written) {
    if (failed_single) {
      expect(run, "failed-run-wrote", "the run failed but wrote '" + path + "'");
    } else if (job.command == Command::check && !same_file(path, job.report_path)) {
      expect(run, "check-wrote", "'handout check' wrote '" + path + "'");
    } else if (job.command == Command::render || job.command == Command::build) {
      check_written_file(run, path);
    }
  }
}

void check_inputs(const Run& run, const RunTrace& trace) {
  for (const InputFileFate& input : trace.inputs) {
    if (input.written_in_place) {
      expect(run, "written-in-place", "the file '" + input.path + "' was written in place");
    }
    if (input.read && input.replaced) {
      expect(run, "overwritten-input", "the input '" + input.path + "' was read, then replaced");
    }
  }
}

void check_standard_output(const Run& run) {
  if (!run.job || run.job->command != Command::render || run.exit_code != 0) return;
  if (run.job->output_path != "-" && run.job->output_path != "/dev/stdout") return;
  const std::string problem = pdf_structure_problem(run.output_stream);
  if (!problem.empty()) expect(run, "whole-pdf", "the standard output: " + problem);
}

// Where render writes without -o (src/app/render_job.cc): output/<data file stem>.pdf, the
// bundled example's name without a data file.
std::string render_output_path(const Job& job) {
  if (!job.output_path.empty()) return job.output_path;
  const std::string stem =
      job.data_path.empty() ? "rust-is-used-for" : fs::path(job.data_path).stem().string();
  return "output/" + stem + ".pdf";
}

// The N of build's summary "built N of M documents", from either stream; nothing without one.
std::optional<long> documents_built(const Run& run) {
  for (const std::string* stream : {&run.output_stream, &run.error_stream}) {
    const size_t at = stream->rfind("built ");
    if (at != std::string::npos && (at == 0 || (*stream)[at - 1] == '\n')) {
      return std::strtol(stream->c_str() + at + 6, nullptr, 10);
    }
  }
  return std::nullopt;
}

// Every document a successful run reports as written has its whole PDF: render's output, and for
// build as many whole PDFs among the files it wrote as its summary counts. A dependency file or
// report written over a PDF of the same run leaves the PDF's name with other bytes.
void check_documents_written(const Run& run, const RunTrace& trace) {
  if (!run.job) return;
  if (run.job->command == Command::render && run.exit_code == 0) {
    const std::string output = render_output_path(*run.job);
    if (output == "-" || output.starts_with("/dev/")) return;
    const std::string problem = pdf_structure_problem(read_file(output));
    if (!problem.empty())
      expect(run, "documents-written", "the output '" + output + "': " + problem);
  } else if (run.job->command == Command::build) {
    const std::optional<long> built = documents_built(run);
    long whole = 0;
    for (const std::string& path : trace.written) {
      if (pdf_structure_problem(read_file(path)).empty()) ++whole;
    }
    if (built && whole < *built) {
      expect(run, "documents-written",
             "build reports " + std::to_string(*built) + " documents built, but wrote " +
                 std::to_string(whole) + " whole PDFs");
    }
  }
}

// With FUZZ_CLI_VERBOSE set, each run's arguments, exit code and messages, to see what the seeds
// and the fuzzer reach.
void describe(const Run& run, const RunTrace& trace) {
  static const bool verbose = std::getenv("FUZZ_CLI_VERBOSE") != nullptr;
  if (!verbose) return;
  std::fprintf(stderr, "fuzz_cli: handout%s -> exit %d, %zu files written\n%s",
               quoted_arguments(run.arguments).c_str(), run.exit_code, trace.written.size(),
               run.error_stream.c_str());
}

void check_run(const Run& run, const RunTrace& trace, bool batch) {
  describe(run, trace);
  if (run.exit_code < 0 || run.exit_code > 3) {
    expect(run, run.exit_code == 4 ? "internal-error" : "exit-code",
           "exit code " + std::to_string(run.exit_code));
  }
  expect(run, "outside-touched", trace.outside_change);
  for (const std::string& path : trace.temporaries) {
    expect(run, "temporary-left", "the temporary file '" + path + "' was left");
  }
  if (registered_temporary_files() != 0) {
    expect(run, "temporary-left", "temporary files are still registered for removal");
  }
  check_inputs(run, trace);
  check_what_was_written(run, trace, batch);
  check_standard_output(run);
  check_documents_written(run, trace);
  expect(run, "control-characters", control_character_problem(run.error_stream));
}

void run_command_line_input(std::string_view bytes) {
  std::optional<CommandLineInput> input = read_command_line_input(bytes);
  if (!input) return;
  Harness& setup = harness();
  if (!setup.scratch.prepare(input->files)) return;
  // In the run's folder from here on: handout reads the arguments' paths relative to it.
  std::error_code error;
  fs::current_path(setup.scratch.run_folder(), error);
  if (error) std::abort();
  Run run{input->arguments};
  Diagnostics usage;
  run.job = parse_command_line(run.arguments, usage);
  const bool batch = run.job && is_batch_job(*run.job);
  if (!run.job || run.job->command != Command::watch) {  // watch runs until it is stopped
    if (limits_apply(run.job)) {
      run.arguments.insert(run.arguments.end(), kRunLimits.begin(), kRunLimits.end());
    }
    {
      CapturedStreams streams(setup.scratch.stdout_path());
      run.exit_code = run_command_line(run.arguments);
      run.error_stream = without_progress_bar(streams.release());
    }
    run.output_stream = read_file(setup.scratch.stdout_path());
    check_run(run, setup.scratch.trace(), batch);
  }
  fs::current_path(setup.home, error);
}

}  // namespace
}  // namespace handout::fuzz

// Each run works in its scratch folder, so a path libFuzzer is given relative to the working
// folder would lead there: a crash's input would be written into the scratch folder and lost.
// The paths libFuzzer writes to during a run are made absolute before it starts.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  std::error_code error;
  const std::string home = std::filesystem::current_path(error).string();
  for (int i = 1; i < *argc; ++i) {
    const std::string_view argument = (*argv)[i];
    for (const std::string_view flag : {"-artifact_prefix=", "-exact_artifact_path="}) {
      if (!argument.starts_with(flag) || argument.substr(flag.size()).starts_with('/')) continue;
      const std::string absolute =
          std::string(flag) + home + "/" + std::string(argument.substr(flag.size()));
      (*argv)[i] = strdup(absolute.c_str());  // for the whole process
    }
  }
  return 0;
}

// libFuzzer's own mutations (with the dictionary), three in four made text again (make_text in
// cli_input.h). Weak: the replay runner links no libFuzzer and never mutates.
extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size)
    __attribute__((weak));

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
  const size_t mutated = LLVMFuzzerMutate(data, size, max_size);
  if (seed % 4 == 0) return mutated;
  std::string text(reinterpret_cast<const char*>(data), mutated);
  handout::fuzz::make_text(text);
  std::copy(text.begin(), text.end(), data);
  return mutated;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  handout::fuzz::run_command_line_input(
      std::string_view(reinterpret_cast<const char*>(bytes), size));
  return 0;
}
