#include "app/batch_report.h"

#include <cstdio>

#include "core/terminal_text.h"
#include "core/utf8.h"

namespace handout {
namespace {

// "\\u001b": a character of the Basic Multilingual Plane as a JSON escape.
std::string unicode_escape(char32_t code_point) {
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(code_point));
  return escaped;
}

std::string json_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

std::string json_strings(const std::vector<std::string>& texts) {
  std::string json = "[";
  for (size_t i = 0; i < texts.size(); ++i) json += (i ? ", " : "") + json_string(texts[i]);
  return json + "]";
}

std::string json_diagnostic(const Diagnostic& diagnostic) {
  return "{\"file\": " + json_string(diagnostic.where.file) +
         ", \"line\": " + std::to_string(diagnostic.where.line) +
         ", \"column\": " + std::to_string(diagnostic.where.column) +
         ", \"message\": " + json_string(diagnostic.message) +
         ", \"hints\": " + json_strings(diagnostic.hints) + "}";
}

const char* status_name(BatchResult::Status status) {
  switch (status) {
    case BatchResult::Status::ok:
      return "ok";
    case BatchResult::Status::failed:
      return "failed";
    case BatchResult::Status::skipped:
      break;
  }
  return "skipped";
}

std::string json_document(const BatchDocument& document, const BatchResult& result) {
  std::vector<std::string> inputs = result.summary.input_files;
  if (inputs.empty()) inputs.push_back(document.data_path);
  std::string output = result.summary.output_path;
  return "    {\"source\": " + json_string(document.name()) +
         ",\n      \"inputs\": " + json_strings(inputs) +
         ",\n      \"output\": " + (output.empty() ? "null" : json_string(output)) +
         ",\n      \"status\": \"" + status_name(result.status) + "\"" +
         ",\n      \"pages\": " + std::to_string(result.summary.page_count) +
         ",\n      \"fit\": " + json_strings(result.summary.fit_steps) +
         ",\n      \"bytes\": " + std::to_string(result.summary.byte_count) +
         ",\n      \"milliseconds\": " + json_number(result.milliseconds) +
         ",\n      \"warnings\": " + json_diagnostics(result.diagnostics, Severity::warning) +
         ",\n      \"errors\": " + json_diagnostics(result.diagnostics, Severity::error) + "}";
}

std::string json_totals(const std::vector<BatchResult>& results, double total_milliseconds) {
  size_t ok = 0, failed = 0, skipped = 0, pages = 0, bytes = 0;
  for (const BatchResult& result : results) {
    ok += result.status == BatchResult::Status::ok;
    failed += result.status == BatchResult::Status::failed;
    skipped += result.status == BatchResult::Status::skipped;
    if (result.status == BatchResult::Status::ok) {
      pages += result.summary.page_count;
      bytes += result.summary.byte_count;
    }
  }
  return "{\"documents\": " + std::to_string(results.size()) + ", \"ok\": " + std::to_string(ok) +
         ", \"failed\": " + std::to_string(failed) + ", \"skipped\": " + std::to_string(skipped) +
         ", \"pages\": " + std::to_string(pages) + ", \"bytes\": " + std::to_string(bytes) +
         ", \"milliseconds\": " + json_number(total_milliseconds) + "}";
}

std::string json_shard(const std::optional<Shard>& shard) {
  if (!shard) return "null";
  return "{\"index\": " + std::to_string(shard->index) +
         ", \"total\": " + std::to_string(shard->total) +
         ", \"from\": " + json_string(shard->source) + "}";
}

}  // namespace

std::string json_string(const std::string& text) {
  std::string json = "\"";
  for (size_t at = 0; at < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c >= 0x80) {  // kept when it is UTF-8, else U+FFFD: JSON text is UTF-8
      DecodedCharacter character = decode_first_character(std::string_view(text).substr(at));
      bool malformed = character.code_point == 0xFFFD && character.length == 1;
      if (malformed) {
        json += "\uFFFD";
      } else if (acts_on_terminal(character.code_point)) {
        // A C1 control or a bidirectional override, escaped: the same text to a JSON reader,
        // and harmless when the file is printed on a terminal.
        json += unicode_escape(character.code_point);
      } else {
        json += text.substr(at, character.length);
      }
      at += character.length;
      continue;
    }
    ++at;
    if (c == '"' || c == '\\') {
      json += '\\';
      json += static_cast<char>(c);
    } else if (c == '\n') {
      json += "\\n";
    } else if (c == '\t') {
      json += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      json += unicode_escape(c);
    } else {
      json += static_cast<char>(c);
    }
  }
  return json + "\"";
}

std::string json_diagnostics(const Diagnostics& diagnostics, Severity severity) {
  std::string json = "[";
  bool first = true;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity != severity) continue;
    json += (first ? "\n        " : ",\n        ") + json_diagnostic(diagnostic);
    first = false;
  }
  return json + "]";
}

std::string batch_report_json(const std::vector<BatchDocument>& documents,
                              const std::vector<BatchResult>& results,
                              const std::optional<Shard>& shard, double total_milliseconds) {
  std::string json = "{\n  \"documents\": [";
  for (size_t i = 0; i < documents.size(); ++i) {
    json += (i ? ",\n" : "\n") + json_document(documents[i], results[i]);
  }
  json += documents.empty() ? "],\n" : "\n  ],\n";
  json += "  \"totals\": " + json_totals(results, total_milliseconds) + ",\n";
  json += "  \"shard\": " + json_shard(shard) + "\n}\n";
  return json;
}

}  // namespace handout
