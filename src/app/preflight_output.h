#pragma once

#include <string>
#include <vector>

#include "app/render_job.h"
#include "core/diagnostic.h"

namespace handout {

// One document of `handout check --preflight`, as it came out of the run.
struct PreflightDocument {
  std::string source;  // the data file (or, with --each, the record) as named
  bool succeeded = false;
  const RenderSummary* summary = nullptr;  // its preflight report, when it was laid out
  const Diagnostics* diagnostics = nullptr;
};

// The report as text (docs/printing.md, "Preflight"): a block per document, a line per finding
// ("  page 2: data.yaml:6:18: warning: ... [missing-glyph]"), a summary line each, and a total
// line for more than one document.
std::string preflight_text(const std::vector<PreflightDocument>& documents);

// The report as one JSON document: per document its status, pages, page budget, findings
// (page, kind, severity, message, file, line, column), totals, and the run's warnings and
// errors; then the totals of all documents.
std::string preflight_json(const std::vector<PreflightDocument>& documents);

}  // namespace handout
