#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/source_excerpt.h"
#include "core/source_location.h"

namespace handout {

enum class Severity { warning, error };

// What kind of failure an error is; the CLI maps the worst one to its exit code.
enum class FailureKind {
  bad_input = 1,     // data, template, image or font
  bad_usage = 2,     // command line
  cannot_write = 3,  // output path
  internal = 4,      // a bug in handout
};

// What --werror adds to a warning it turns into an error.
inline constexpr const char* kWarningAsErrorNote = " (a warning, an error under --werror)";

struct Diagnostic {
  Severity severity = Severity::error;
  FailureKind kind = FailureKind::bad_input;
  SourceLocation where;
  std::string message;
  std::vector<std::string> hints;
  // The source line `where` points into, as it was read: filled when the diagnostic is added to
  // Diagnostics that keep that file's text (keep_source).
  std::optional<SourceExcerpt> excerpt;
};

// The diagnostics of one run. Stages append to it and carry on where they can, so that one run
// reports as many problems as possible; only the CLI prints them.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message, std::vector<std::string> hints = {},
             FailureKind kind = FailureKind::bad_input);
  void warning(SourceLocation where, std::string message, std::vector<std::string> hints = {});
  void add(Diagnostic diagnostic);

  // Keeps the text of a source file as it was read: each diagnostic added from then on with a
  // position in `file` carries its line. Messages thus quote the bytes the loader read and never
  // open the file again (a named pipe cannot be read twice; a file may have changed since).
  void keep_source(const std::string& file, SourceText text);
  // The texts kept, for the diagnostics of another document that uses the same files (a batch's
  // shared template).
  std::vector<std::pair<std::string, SourceText>> kept_sources() const;
  // Lets go of the texts (a batch's document, once it is done): the excerpts already taken stay.
  void release_sources();

  // --werror: turns every warning given so far into an error (bad input) whose message says it
  // was a warning; returns how many. A run calls it before writing anything, so a warning stops
  // the document like any error.
  size_t turn_warnings_into_errors();

  bool has_errors() const;
  size_t error_count() const;
  // The failure kind that decides the exit code: the most severe error's kind.
  FailureKind worst_failure() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  std::map<std::string, SourceLines> sources_;
};

}  // namespace handout
