#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/document_options.h"
#include "core/diagnostic.h"

namespace handout {

enum class Command { render, check, build, watch, templates, init, help, version };

// What one invocation asks for: filled from the command line (and, later, from batch files) by
// the option table (app/option_table.h).
struct Job {
  Command command = Command::render;
  std::optional<Command> help_topic;  // help: the command whose usage to show; none: all
  std::string data_path;              // empty: the bundled example
  std::string output_path;            // -o: empty: output/<data stem>.pdf
  std::string folder = ".";           // init: where the copy goes
  bool quiet = false;
  bool json = false;  // --json: the preflight report as JSON on stdout

  // What shapes each document: -t, --root, --fit-pages, --werror, --grayscale, the print options,
  // the limits and --preflight. Handed to the render and batch stages as it is.
  DocumentOptions document;

  // build, and check over a batch (see docs/ci.md, "Batch builds").
  std::vector<std::string> data_paths;  // every DATA argument: files, folders or globs
                                        // (build: -o is the output folder, default output/)
  unsigned jobs = 0;                    // -j: worker threads; 0: the hardware's thread count
  bool fail_fast = false;               // stop starting documents after the first failure
  bool verbose = false;                 // one line per document even on a terminal
  std::string report_path;              // --report FILE.json
  std::string depfile_path;             // --depfile FILE (render and build)
  std::string shard;                    // --shard K/N or auto; empty: every document
  std::string shard_total;              // --shard-total N (for --shard auto)
  std::string each_path;                // --each PATH: one document per element of that list
  std::string name_pattern;             // --name PATTERN: the output name of each element
};

// Whether the job renders or checks many documents (build, or check given more than one plain
// data file or any batch option).
bool is_batch_job(const Job& job);

// Parses argv (without the program name). Usage errors are reported as bad_usage.
std::optional<Job> parse_command_line(const std::vector<std::string>& arguments,
                                      Diagnostics& diagnostics);

}  // namespace handout
