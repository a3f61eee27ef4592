#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace handout {

// One file a job will write: its path as the user gave it (or as handout made it) and what it
// is, for messages: "the PDF (-o)", "the report (--report)", "the PDF of docs/a.yaml".
struct PlannedOutput {
  std::string path;
  std::string what;
};

// Refuses (bad usage, before anything is rendered) two outputs of one job that are the same
// file: a dependency file or report written over a PDF of the same run would replace it after
// the run reported it written, and exit 0. Paths are compared as files: the same path however
// spelled ('out/./a.pdf', through symbolic links), or the same file when both exist (hard
// links). Empty paths and streams ('-', /dev/..., /proc/...) are not compared. Returns whether
// every output is a file of its own.
bool check_outputs_are_distinct(const std::vector<PlannedOutput>& outputs,
                                Diagnostics& diagnostics);

}  // namespace handout
