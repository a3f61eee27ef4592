#pragma once

#include <string>
#include <vector>

#include "app/bundled_files.h"
#include "app/command_line.h"
#include "core/diagnostic.h"

namespace handout {

struct RenderSummary {
  std::string data_path;
  std::string output_path;  // empty for check
  size_t page_count = 0;
  size_t byte_count = 0;
  // Every file the job read, as far as it got: data, template, partials, figures (for watch).
  std::vector<std::string> input_files;
};

// Runs the whole pipeline for one render or check job: load, bind, load resources, lay out,
// write (to memory for check, atomically to the output file for render). Returns whether it
// succeeded; every problem is in `diagnostics`.
bool run_render_job(const Job& job, const BundledFiles& bundled, RenderSummary& summary,
                    Diagnostics& diagnostics);

// output/<stem of the data file>.pdf
std::string default_output_path(const std::string& data_path);

}  // namespace handout
