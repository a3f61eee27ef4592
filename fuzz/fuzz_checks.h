#pragma once

// What every fuzz target checks beyond "no crash": handout's own promises about failures and
// about what it writes.

#include <functional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace handout::fuzz {

// Stops the process, so that libFuzzer keeps the input, when a stage broke a promise:
// an error of kind `internal` (a bug by definition), an error without a message, or a stage that
// gave up (`succeeded` false) without saying why.
void check_failure_is_reported(bool succeeded, const Diagnostics& diagnostics, const char* stage);

// Stops the process unless `pdf` looks like a whole PDF file (pdf_structure_problem).
void check_pdf_bytes(std::string_view pdf);

// Why `pdf` is not a whole PDF file, empty when it is: it must start with the header, end with
// the end-of-file marker, and its last 'startxref' must give the offset of its 'xref' table. A
// cheap check, for every run (qpdf would take longer than the run).
std::string pdf_structure_problem(std::string_view pdf);

// Why a dependency file is not rules alone, empty when it is. Each line must start with the
// target of its rule, a file that `exists` (or a stream: '-', /dev/...), escaped as handout
// escapes it, then ':'. A path with a newline in it breaks a rule into lines, and make runs a
// line that starts with a tab as a command.
std::string depfile_problem(std::string_view depfile,
                            const std::function<bool(const std::string&)>& exists);

// The first control character in `text` other than tab and newline (C0, DEL, or C1 written as
// UTF-8), described with its offset; empty when there is none. Terminal escape sequences from
// the input must not reach the terminal through a message.
std::string control_character_problem(std::string_view text);

}  // namespace handout::fuzz
