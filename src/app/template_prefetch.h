#pragma once

#include <future>
#include <string>

#include "app/bundled_files.h"
#include "app/command_line.h"
#include "app/template_cache.h"

namespace handout {

// Starts loading, on another thread, the template a render will most likely use, while its data
// file is read: the command line's -t, or the bundled 'handout' when the data file has no
// top-level `template:` line. Parsing a template's YAML takes as long as parsing the data, so a
// short handout renders about a sixth faster. The choice itself is still made from the parsed
// data (find_template_file); a wrong guess only costs the work done beside it. Returns an
// invalid future when there is no likely template; a valid one must be waited for before
// `templates` goes away.
// The template path prefetch_template loads: "" when there is no likely one.
std::string likely_template_path(const Job& job, const std::string& data_path,
                                 const BundledFiles& bundled);

std::future<void> prefetch_template(const Job& job, const std::string& data_path,
                                    const BundledFiles& bundled, TemplateCache& templates);

}  // namespace handout
