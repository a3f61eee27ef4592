#pragma once

#include <span>
#include <string>
#include <string_view>

#include "app/command_line.h"
#include "core/diagnostic.h"

namespace handout {

// The one description of handout's command-line options: parsing, "did you mean" for an unknown
// option, the refusal of an option a command does not take, and --help are all made from it
// (and, later, the manual page and the shell completions). Adding an option is adding a row
// here, the field it sets (Job, or DocumentOptions when it shapes the documents) and its use in
// the stage that reads that field.

// A set of commands: one bit per Command.
using CommandSet = unsigned;

constexpr CommandSet command_bit(Command command) { return 1u << static_cast<unsigned>(command); }

constexpr CommandSet kAllCommands = ~0u;
// The commands that read data and make (or check) documents.
constexpr CommandSet kDocumentCommands = command_bit(Command::render) |
                                         command_bit(Command::check) | command_bit(Command::build) |
                                         command_bit(Command::watch);
constexpr CommandSet kBatchCommands = command_bit(Command::build) | command_bit(Command::check);

// Where --help lists an option.
enum class OptionGroup { general, print, batch, limits, about };

// What the usage error says to a command that does not take the option, in the order in which
// they are reported when several options are refused.
enum class Refusal {
  preflight,  // "'handout render' takes no --preflight: it is an option of 'handout check'"
  werror,     // "'handout init' takes no --werror", with the commands that take it
  print,      // "'handout init' prints nothing, so it takes no --page-size, ..."
  limits,     // "'handout init' takes no --max-... options: ..."
  files,      // "'handout init' takes no -t, -o, --root or --grayscale"
  batch,      // "'handout render' takes no -j: it is an option of 'handout build'"
  plain,      // "'handout watch' takes no --depfile"
};

struct OptionSpec;

// Stores an option in the job: `value` is empty for a flag. A value the option does not take is a
// usage error, and false.
using StoreOption = bool (*)(const OptionSpec& option, const std::string& value, Job& job,
                             Diagnostics& diagnostics);

struct OptionSpec {
  std::string_view name;        // "--template"
  std::string_view short_name;  // "-t"; empty: none
  std::string_view value_name;  // "TEMPLATE", as --help shows it; empty: a flag, with no value
  CommandSet commands;          // the commands that take it
  OptionGroup group;
  std::string_view help;  // one paragraph, wrapped when printed
  Refusal refusal;
  StoreOption store;
  bool names_an_output = false;    // -o, --depfile: 'handout check' refuses it as writing nothing
  bool value_joins_short = false;  // -j4 as well as -j 4
};

// Every option, in the order "did you mean" compares them.
std::span<const OptionSpec> option_table();

// The option `argument` is: its name or short name, --name=VALUE, or (value_joins_short) the
// short name with the value joined; null for any other.
const OptionSpec* find_option(std::string_view argument);

bool takes_option(Command command, const OptionSpec& option);

// The option as messages name it: the short name of an option with a value (-j, -o), else the
// long name (--verbose).
std::string_view name_in_messages(const OptionSpec& option);

// One command, for parsing and for --help.
struct CommandSpec {
  std::string_view name;  // "render"
  Command command;
  std::string_view usage;  // its lines of the usage synopsis, as --help prints them
};

std::span<const CommandSpec> command_table();

const CommandSpec& command_spec(Command command);

}  // namespace handout
