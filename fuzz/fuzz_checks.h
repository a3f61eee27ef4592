#pragma once

// What every fuzz target checks beyond "no crash": handout's own promises about failures.

#include <string_view>

#include "core/diagnostic.h"

namespace handout::fuzz {

// Stops the process, so that libFuzzer keeps the input, when a stage broke a promise:
// an error of kind `internal` (a bug by definition), an error without a message, or a stage that
// gave up (`succeeded` false) without saying why.
void check_failure_is_reported(bool succeeded, const Diagnostics& diagnostics, const char* stage);

// Stops the process unless `pdf` looks like a whole PDF file (header and end-of-file marker).
void check_pdf_bytes(std::string_view pdf);

}  // namespace handout::fuzz
