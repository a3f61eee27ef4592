#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/batch_inputs.h"
#include "app/batch_run.h"
#include "app/batch_shard.h"

namespace handout {

// The text of --report FILE.json (see docs/ci.md, "Batch builds"): every document in input
// order with its inputs, output, status, pages, bytes, milliseconds, warnings and errors (file,
// line, column, message, hints), then the totals and the shard. Deterministic apart from the
// milliseconds.
std::string batch_report_json(const std::vector<BatchDocument>& documents,
                              const std::vector<BatchResult>& results,
                              const std::optional<Shard>& shard, double total_milliseconds);

// A JSON string literal: quotes, backslashes and every control character escaped.
std::string json_string(const std::string& text);

// The diagnostics of one severity as a JSON array of {file, line, column, message, hints}, one
// per line, indented for a document's entry.
std::string json_diagnostics(const Diagnostics& diagnostics, Severity severity);

}  // namespace handout
