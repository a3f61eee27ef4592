#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "model/data_tree.h"

namespace handout {

// A file-name-safe form of a text: ASCII letters lowercased, every run of other characters
// (spaces, punctuation, non-ASCII letters) replaced by one '-', and '-' trimmed from both ends.
// "Rust: Fast & Safe!" -> "rust-fast-safe".
std::string slug(std::string_view text);

// The name an --each document gets from --name PATTERN: the pattern with each {{PATH}} replaced
// by the scalar at the dotted PATH of `scope` (the record merged over the file's top-level
// fields) and each {{slug PATH}} by its slug; {{index}} is the record's number (from 1) and
// {{stem}} the data file's stem, unless the data has fields of those names. A missing or
// non-scalar field, an empty name, one that climbs out of the output folder, or one with a control
// character (a newline, a tab, ESC: no terminal, dependency file or shell loop could name the file
// safely) is an error at `where` (the record). The result has no ".pdf" yet.
std::optional<std::string> output_name(std::string_view pattern, const DataNode& scope,
                                       size_t index, const std::string& stem,
                                       const SourceLocation& where, Diagnostics& diagnostics);

// Refuses an output path made from a data file's name (render's output/STEM.pdf, build's
// OUTDIR/...pdf) when it has a control character, the rule output_name applies to names made from
// data: an error at the data file. Returns whether the path is fine.
bool check_output_named_after(const std::string& output_path, const std::string& data_path,
                              Diagnostics& diagnostics);

}  // namespace handout
