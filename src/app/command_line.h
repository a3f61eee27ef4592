#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

enum class Command { render, check, watch, templates, init, help, version };

// What one invocation asks for: filled from the command line (and, later, from batch files).
struct Job {
  Command command = Command::render;
  std::string data_path;      // empty: the bundled example
  std::string template_name;  // -t: a bundled name or a path; empty: as the data says
                              // init: the bundled template to copy
  std::string output_path;    // -o: empty: output/<data stem>.pdf
  std::string folder = ".";   // init: where the copy goes
  bool quiet = false;
};

// Parses argv (without the program name). Usage errors are reported as bad_usage.
std::optional<Job> parse_command_line(const std::vector<std::string>& arguments,
                                      Diagnostics& diagnostics);

// The text of `handout --help`.
std::string usage_text();

}  // namespace handout
