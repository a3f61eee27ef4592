#include "core/diagnostic.h"

#include <algorithm>

namespace handout {

void Diagnostics::error(SourceLocation where, std::string message, std::vector<std::string> hints,
                        FailureKind kind) {
  add({Severity::error, kind, std::move(where), std::move(message), std::move(hints)});
}

void Diagnostics::warning(SourceLocation where, std::string message,
                          std::vector<std::string> hints) {
  add({Severity::warning, FailureKind::bad_input, std::move(where), std::move(message),
       std::move(hints)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  // A caller with an optional hint may pass it empty; it would print as a bare "hint:".
  std::erase(diagnostic.hints, std::string());
  const SourceLocation& where = diagnostic.where;
  if (!diagnostic.excerpt && where.has_position()) {
    auto source = sources_.find(where.file);
    if (source != sources_.end()) {
      if (auto line = source->second.line(where.line)) {
        diagnostic.excerpt = excerpt_of_line(*line, where.column);
      }
    }
  }
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::keep_source(const std::string& file, SourceText text) {
  if (!text) return;
  sources_.insert_or_assign(file, SourceLines(std::move(text)));
}

std::vector<std::pair<std::string, SourceText>> Diagnostics::kept_sources() const {
  std::vector<std::pair<std::string, SourceText>> kept;
  for (const auto& [file, lines] : sources_) kept.emplace_back(file, lines.text());
  return kept;
}

void Diagnostics::release_sources() { sources_.clear(); }

size_t Diagnostics::turn_warnings_into_errors() {
  size_t turned = 0;
  for (Diagnostic& d : items_) {
    if (d.severity != Severity::warning) continue;
    d.severity = Severity::error;
    d.kind = FailureKind::bad_input;
    d.message += kWarningAsErrorNote;
    ++turned;
  }
  return turned;
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

FailureKind Diagnostics::worst_failure() const {
  // Internal errors outrank output errors, which outrank input errors: the larger code wins.
  int worst = 0;
  for (const Diagnostic& d : items_) {
    if (d.severity == Severity::error) worst = std::max(worst, static_cast<int>(d.kind));
  }
  return worst == 0 ? FailureKind::bad_input : static_cast<FailureKind>(worst);
}

}  // namespace handout
