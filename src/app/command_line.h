#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/print_options.h"
#include "core/diagnostic.h"
#include "core/resource_limits.h"

namespace handout {

enum class Command { render, check, build, watch, templates, init, help, version };

// What one invocation asks for: filled from the command line (and, later, from batch files).
struct Job {
  Command command = Command::render;
  std::string data_path;      // empty: the bundled example
  std::string template_name;  // -t: a bundled name or a path; empty: as the data says
                              // init: the bundled template to copy
  std::string output_path;    // -o: empty: output/<data stem>.pdf
  std::string root_folder;    // --root: where the inputs may read files; empty: the data's folder
  std::string folder = ".";   // init: where the copy goes
  bool quiet = false;
  unsigned fit_pages = 0;            // --fit-pages: the page budget; 0: the template's, if any
  bool warnings_are_errors = false;  // --werror: a warning fails its document (render, check,
                                     // build, watch)
  bool grayscale = false;            // --grayscale: every colour and image printed in grey
  PrintOverrides print;    // --impose, --bleed, --marks, --duplex (render, check, build, watch)
  bool preflight = false;  // check --preflight: report what matters for print, page by page
  bool json = false;       // --json: the preflight report as JSON on stdout

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

  // render, check, build and watch: --max-pages, --max-megapixels, ... (each document's own)
  ResourceLimits limits;
};

// Whether the job renders or checks many documents (build, or check given more than one plain
// data file or any batch option).
bool is_batch_job(const Job& job);

// Parses argv (without the program name). Usage errors are reported as bad_usage.
std::optional<Job> parse_command_line(const std::vector<std::string>& arguments,
                                      Diagnostics& diagnostics);

// The text of `handout --help`.
std::string usage_text();

}  // namespace handout
