#pragma once

#include <functional>
#include <ostream>

#include "app/bundled_files.h"
#include "app/command_line.h"
#include "app/render_job.h"
#include "core/diagnostic.h"

namespace handout {

// Called after every render of `handout watch` with its outcome, for the CLI to print.
using RenderReport =
    std::function<void(bool succeeded, const RenderSummary& summary, const Diagnostics& problems)>;

// `handout watch`: renders the job, then again each time one of the files it read (data,
// template, partials, figures) changes, until Ctrl-C. A failed render is reported and watching
// goes on. `status` gets the watcher's own lines (what changed, what is watched). Returns the
// exit code: 0 after Ctrl-C, 4 when the system cannot watch files.
//
// With `contain_crashes`, each render runs in a child process (crash_containment.h; a fork is
// nothing beside a person's edit): a render that crashes is reported on the error stream
// ("handout: internal error: crashed (SIGSEGV, ...) while rendering talk.yaml"), its temporary
// file removed, and watching goes on (the data file and the template named by -t are watched
// then, with the files of the last render that ended). Without, a crash ends the process.
int watch_and_render(const Job& job, const BundledFiles& bundled, const RenderReport& report,
                     std::ostream& status, bool contain_crashes);

}  // namespace handout
