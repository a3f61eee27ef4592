#pragma once

#include <string>
#include <vector>

#include "app/batch_inputs.h"
#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "model/data_model.h"

namespace handout {

// `--each PATH`: one document per element of the list at the dotted PATH of the data file. Each
// element (a mapping) becomes the data root, merged over the file's top-level fields: the
// element's fields win, the file's other fields stay (so a course's `author` reaches every
// lesson), and the top-level field that holds the list is left out. Outputs are OUTDIR/<name>.pdf
// with the name from `name_pattern` (see output_name), or <data stem>-<number> when no pattern is
// given. The data file is read within `limits`.
std::vector<BatchDocument> expand_each(const std::string& data_path, const std::string& each_path,
                                       const std::string& name_pattern,
                                       const std::string& output_folder,
                                       const ResourceLimits& limits, Diagnostics& diagnostics);

// The data of one record: `record`'s fields over `file`'s top-level fields but the one
// `each_path` starts with, and the document keys handout reads (title, lang, template, ...)
// taken from the merged tree.
HandoutData merged_record_data(const HandoutData& file, const DataNode& record,
                               const std::string& each_path, Diagnostics& diagnostics);

}  // namespace handout
