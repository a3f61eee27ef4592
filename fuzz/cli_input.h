#pragma once

// How fuzz_cli turns bytes into a command line and the files it runs on.
//
// The input is the arguments on its first line, then files, each after a line "#%NAME" that
// gives its path relative to the folder the command runs in:
//
//   build docs -o out -j 2 --depfile deps.d --name "{{slug title}}"
//   #%docs/one.yaml
//   title: One
//   #%layout.yaml
//   page: {size: A5}
//
// The arguments are split at spaces and tabs; "..." or '...' keep spaces inside one argument.
// Bytes before the first "#%" line are the file data.yaml. A file's bytes end where the next
// line "#%" starts (the newline before it is the marker's), so every file of a seed is the file
// itself and every YAML part is a valid file on its own (the marker is a YAML comment).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout::fuzz {

struct InputFile {
  std::string path;  // relative, without '..' or empty parts
  std::string bytes;
};

struct CommandLineInput {
  std::vector<std::string> arguments;
  std::vector<InputFile> files;
};

// The limits of one input, so that a run stays short: at most this many arguments and files.
constexpr size_t kMostArguments = 64;
constexpr size_t kMostFiles = 16;

// Nothing when the input cannot be a command line of a user working in that folder: an argument
// holding a NUL byte (argv cannot) or naming a path outside the folder (absolute, or with '..':
// writing there is what the user asked for, not a defect), a file path that is not a plain
// relative path, the same file twice, or too many of either.
std::optional<CommandLineInput> read_command_line_input(std::string_view input);

// Makes mutated bytes text again, in place and at the same length: every byte that is not part of
// well-formed UTF-8 becomes '?', and every NUL a space. libFuzzer's byte mutations make most
// inputs text that handout refuses at once ("not UTF-8", "a binary file"), which the seeds from
// tests/bad already cover; fuzz_cli's mutator repairs three mutations in four.
void make_text(std::string& bytes);

}  // namespace handout::fuzz
