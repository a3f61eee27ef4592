#include "app/preflight_output.h"

#include "app/batch_report.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

struct Totals {
  size_t documents = 0;
  size_t failed = 0;
  size_t errors = 0;
  size_t warnings = 0;
  size_t info = 0;

  void add(const PreflightDocument& document) {
    ++documents;
    failed += document.succeeded ? 0 : 1;
    if (const PreflightReport* report = report_of(document)) {
      errors += report->count(FindingSeverity::error);
      warnings += report->count(FindingSeverity::warning);
      info += report->count(FindingSeverity::info);
    }
  }

  static const PreflightReport* report_of(const PreflightDocument& document) {
    if (document.summary == nullptr || !document.summary->preflight) return nullptr;
    return &*document.summary->preflight;
  }
};

std::string counted(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string counts_text(const Totals& totals) {
  return counted(totals.errors, "error", "errors") + ", " +
         counted(totals.warnings, "warning", "warnings") + ", " + std::to_string(totals.info) +
         " info";
}

std::string location_text(const SourceLocation& where) {
  if (where.file.empty()) return "";
  std::string text = terminal_safe(where.file);
  if (where.has_position()) {
    text += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  }
  return text + ": ";
}

std::string finding_text(const PreflightFinding& finding) {
  const std::string page = finding.page == 0 ? "document" : "page " + std::to_string(finding.page);
  return "  " + page + ": " + location_text(finding.where) + severity_name(finding.severity) +
         ": " + terminal_safe(finding.message) + " [" + finding.kind + "]\n";
}

std::string document_text(const PreflightDocument& document) {
  const PreflightReport* report = Totals::report_of(document);
  const std::string source = terminal_safe(document.source);
  if (report == nullptr) {
    return source + ": not laid out, so there is no preflight report (see the errors)\n";
  }
  std::string text = source + ": " + counted(report->page_count, "page", "pages") + "\n";
  for (const PreflightFinding& finding : report->findings) text += finding_text(finding);
  Totals totals;
  totals.add(document);
  return text + source + ": preflight: " + counts_text(totals) + "\n";
}

std::string json_or_null(const std::string& text) {
  return text.empty() ? "null" : json_string(text);
}

std::string json_position(int value) { return value > 0 ? std::to_string(value) : "null"; }

std::string json_finding(const PreflightFinding& finding) {
  return "{\"page\": " + (finding.page == 0 ? std::string("null") : std::to_string(finding.page)) +
         ", \"kind\": " + json_string(finding.kind) +
         ", \"severity\": " + json_string(severity_name(finding.severity)) +
         ", \"message\": " + json_string(finding.message) +
         ", \"file\": " + json_or_null(finding.where.file) +
         ", \"line\": " + json_position(finding.where.line) +
         ", \"column\": " + json_position(finding.where.column) + "}";
}

std::string json_budget(const PageBudget& budget) {
  if (budget.pages <= 0) return "null";
  std::string steps = "[";
  for (size_t i = 0; i < budget.steps_taken.size(); ++i) {
    steps += (i ? ", " : "") + json_string(budget.steps_taken[i]);
  }
  return "{\"pages\": " + std::to_string(budget.pages) + ", \"fit\": " + steps + "]}";
}

std::string json_totals(const Totals& totals, bool with_documents) {
  std::string json = "{";
  if (with_documents) {
    json += "\"documents\": " + std::to_string(totals.documents) +
            ", \"failed\": " + std::to_string(totals.failed) + ", ";
  }
  return json + "\"errors\": " + std::to_string(totals.errors) +
         ", \"warnings\": " + std::to_string(totals.warnings) +
         ", \"info\": " + std::to_string(totals.info) + "}";
}

std::string json_findings(const PreflightReport* report) {
  std::string json = "[";
  if (report != nullptr) {
    for (size_t i = 0; i < report->findings.size(); ++i) {
      json += (i ? ",\n        " : "\n        ") + json_finding(report->findings[i]);
    }
  }
  return json + "]";
}

std::string json_document(const PreflightDocument& document) {
  const PreflightReport* report = Totals::report_of(document);
  Totals totals;
  totals.add(document);
  static const Diagnostics kNone;
  const Diagnostics& diagnostics = document.diagnostics ? *document.diagnostics : kNone;
  const std::string status = document.succeeded ? "\"ok\"" : "\"failed\"";
  return "    {\"source\": " + json_string(document.source) + ",\n      \"status\": " + status +
         ",\n      \"pages\": " + (report ? std::to_string(report->page_count) : "null") +
         ",\n      \"budget\": " + (report ? json_budget(report->budget) : "null") +
         ",\n      \"findings\": " + json_findings(report) +
         ",\n      \"totals\": " + json_totals(totals, false) +
         ",\n      \"warnings\": " + json_diagnostics(diagnostics, Severity::warning) +
         ",\n      \"errors\": " + json_diagnostics(diagnostics, Severity::error) + "}";
}

}  // namespace

std::string preflight_text(const std::vector<PreflightDocument>& documents) {
  std::string text;
  Totals totals;
  for (const PreflightDocument& document : documents) {
    text += (text.empty() ? "" : "\n") + document_text(document);
    totals.add(document);
  }
  if (documents.size() > 1) {
    text += "\npreflight of " + counted(totals.documents, "document", "documents") + " (" +
            std::to_string(totals.failed) + " failed): " + counts_text(totals) + "\n";
  }
  return text;
}

std::string preflight_json(const std::vector<PreflightDocument>& documents) {
  std::string json = "{\n  \"documents\": [";
  Totals totals;
  for (size_t i = 0; i < documents.size(); ++i) {
    json += (i ? ",\n" : "\n") + json_document(documents[i]);
    totals.add(documents[i]);
  }
  json += documents.empty() ? "],\n" : "\n  ],\n";
  return json + "  \"totals\": " + json_totals(totals, true) + "\n}\n";
}

}  // namespace handout
