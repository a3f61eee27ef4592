#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/batch_inputs.h"
#include "core/diagnostic.h"

namespace handout {

// A file a job writes, and the option that names it in messages.
struct JobOutput {
  std::string path;
  std::string option;  // "-o", "--depfile" or "--report"
};

// Refuses every output that is one of `inputs`: compared as files (device and inode), so a
// symbolic link or a hard link to an input, or an input reached through a link, is caught as
// well as the same name. An output that does not exist yet is no input; a device or named pipe is
// written into, not replaced, and is not compared. Each is a usage error (exit 2) naming the
// output and the input. Returns whether none is an input.
bool check_outputs_are_not_inputs(const std::vector<JobOutput>& outputs,
                                  const std::vector<std::string>& inputs, Diagnostics& diagnostics);

// The outputs that are one of `inputs`, compared as check_outputs_are_not_inputs does, each with
// the input it is.
std::vector<std::pair<JobOutput, std::string>> outputs_among_inputs(
    const std::vector<JobOutput>& outputs, const std::vector<std::string>& inputs);

// After a batch: its report and dependency file are not written when a document read them
// (`inputs`: what every document read, as far as it got). The documents that got to writing
// have said so themselves; this says, once for the batch, that the file is not written.
bool check_run_files_not_read(const std::vector<JobOutput>& outputs,
                              const std::vector<std::string>& inputs, Diagnostics& diagnostics);

// Refuses two outputs that are one file (one name, or links to one file): one would replace the
// other. Returns whether all are distinct.
bool check_outputs_are_distinct(const std::vector<JobOutput>& outputs, Diagnostics& diagnostics);

// Before a batch starts, what is known then: no document's PDF and no `side_outputs` (--report,
// --depfile) may be a data file of the batch or the -t template file, and the side outputs must
// be files of their own. The rest of a document's inputs (template, partials, figures, fonts) are
// known once it is loaded; render_loaded_data checks them before it writes.
bool check_batch_outputs(const std::vector<BatchDocument>& documents,
                         const std::vector<JobOutput>& side_outputs,
                         const std::string& template_file, Diagnostics& diagnostics);

}  // namespace handout
