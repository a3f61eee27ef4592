#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/bundled_files.h"
#include "app/command_line.h"
#include "app/document_options.h"
#include "app/output_conflicts.h"
#include "app/template_cache.h"
#include "app/world.h"
#include "core/diagnostic.h"
#include "model/data_model.h"
#include "preflight/preflight_report.h"

namespace handout {

struct RenderSummary {
  std::string data_path;
  std::string output_path;  // empty for check
  size_t page_count = 0;
  size_t byte_count = 0;
  std::vector<std::string> fit_steps;  // the copyfitting steps taken, in words
  // Every file the job read, as far as it got: data, template, partials, figures and the font
  // files the styles load (for watch, dependency files and batch reports).
  std::vector<std::string> input_files;
  // check --preflight: the report, when the document was laid out (even over its page budget).
  std::optional<PreflightReport> preflight;
};

// How to render one document whose data is loaded.
struct RenderSettings {
  DocumentOptions document;            // as the command line gave them
  std::string output_path;             // empty: lay out and write to memory only (check)
  unsigned threads = 0;                // for layout and writing: 0 chooses; a batch worker uses 1
  TemplateCache* templates = nullptr;  // a batch's shared templates; null: load directly
  bool sync_output = true;  // fsync the PDF before renaming it; false: the caller syncs later
  // The job's other files (--depfile, --report): like the PDF, none may be one of the inputs.
  std::vector<JobOutput> side_outputs;
  bool writes_depfile = false;  // --depfile: the PDF's and every input's path must fit in it
};

// Runs the whole pipeline for one render or check job: load, bind, load resources, lay out,
// write (to memory for check, atomically to the output file for render). Returns whether it
// succeeded; every problem is in `diagnostics`. Faces, figures and dictionaries come through
// `world`'s caches, the document's date through its clock.
bool run_render_job(const Job& job, const BundledFiles& bundled, World& world,
                    RenderSummary& summary, Diagnostics& diagnostics);

// The same from data already loaded (a batch's --each records): bind, load resources, lay out,
// write. `summary.data_path` and the data file among its inputs are the caller's to fill.
bool render_loaded_data(const HandoutData& data, const RenderSettings& settings,
                        const BundledFiles& bundled, World& world, RenderSummary& summary,
                        Diagnostics& diagnostics);

// output/<stem of the data file>.pdf
std::string default_output_path(const std::string& data_path);

}  // namespace handout
