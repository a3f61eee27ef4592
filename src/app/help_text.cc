#include "app/help_text.h"

#include <string_view>

#include "app/option_table.h"

namespace handout {
namespace {

constexpr size_t kHelpColumn = 27;  // where an option's help starts
constexpr size_t kLineWidth = 93;

// A section of the options' help: its heading in `handout --help` and in a command's help, and
// what follows its options.
struct HelpSection {
  OptionGroup group;
  std::string_view overview_heading;
  std::string_view command_heading;
  std::string_view footnote;
};

const HelpSection kSections[] = {
    {OptionGroup::general, "Options:", "Options:", ""},
    {OptionGroup::print,
     "Print options (render, check, build, watch; each overrides the template's page; see\n"
     "docs/printing.md):",
     "Print options (each overrides the template's page; see docs/printing.md):", ""},
    {OptionGroup::batch, "Batch options (build, and check over many documents; see docs/ci.md):",
     "Batch options (see docs/ci.md):", ""},
    {OptionGroup::limits,
     "Limits (render, check, build and watch, for each document; see docs/ci.md, \"Limits\"):",
     "Limits (for each document; see docs/ci.md, \"Limits\"):",
     "  At the defaults one document takes at most 512 MiB of memory; build -j N at most N\n"
     "  times that and 64 MiB (docs/ci.md, \"Memory\").\n"},
    {OptionGroup::about, "", "", ""},
};

constexpr std::string_view kIntroduction =
    "handout - turn YAML data and a layout template into a print-ready PDF\n";

constexpr std::string_view kExitCodes =
    "Exit codes:\n"
    "  0  success (warnings may have been printed)\n"
    "  1  bad input: data, template, image or font (the message names the file and line)\n"
    "  2  bad usage: unknown command or option, missing argument\n"
    "  3  cannot write the output file\n"
    "  4  internal error (a bug in handout: please report it)\n"
    "  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM (129: SIGHUP); no partial or temporary\n"
    "            file is left, the documents already written stay\n";

// `text` in lines of at most kLineWidth, each after `indent` spaces but the first, which
// continues a line already `used` long.
std::string wrapped(std::string_view text, size_t used) {
  std::string lines;
  size_t column = used;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? "" : text.substr(space + 1);
    if (column > kHelpColumn && column + 1 + word.size() > kLineWidth) {
      lines += "\n" + std::string(kHelpColumn, ' ');
      column = kHelpColumn;
    } else if (column > kHelpColumn) {
      lines += ' ';
      ++column;
    }
    lines += word;
    column += word.size();
  }
  return lines + "\n";
}

// "render, check: " for an option that only some commands take.
std::string commands_taking(const OptionSpec& option) {
  if (option.commands == kAllCommands) return "";
  std::string names;
  for (const CommandSpec& spec : command_table()) {
    if (!takes_option(spec.command, option)) continue;
    names += (names.empty() ? "" : ", ") + std::string(spec.name);
  }
  return names + ": ";
}

// "  -t, --template TEMPLATE  a bundled template's name ...", wrapped.
std::string option_help(const OptionSpec& option, std::string_view prefix) {
  std::string left = "  ";
  left += option.short_name.empty() ? "    " : std::string(option.short_name) + ", ";
  left += option.name;
  if (!option.value_name.empty()) left += " " + std::string(option.value_name);
  if (left.size() + 2 > kHelpColumn) {
    left += "\n";
    left.append(kHelpColumn, ' ');
  } else {
    left.append(kHelpColumn - left.size(), ' ');
  }
  return left + wrapped(std::string(prefix) + std::string(option.help), kHelpColumn);
}

// The options of one section that `command` takes (every command: all of them).
std::string section_help(const HelpSection& section, const std::optional<Command>& command) {
  std::string options;
  for (const OptionSpec& option : option_table()) {
    if (option.group != section.group) continue;
    if (command && !takes_option(*command, option)) continue;
    const bool named = !command && section.group == OptionGroup::general;
    options += option_help(option, named ? commands_taking(option) : "");
  }
  if (options.empty()) return "";
  const std::string_view heading = command ? section.command_heading : section.overview_heading;
  return "\n" + (heading.empty() ? "" : std::string(heading) + "\n") + options +
         std::string(section.footnote);
}

std::string options_help(const std::optional<Command>& command) {
  std::string text;
  for (const HelpSection& section : kSections) text += section_help(section, command);
  return text;
}

}  // namespace

std::string usage_text() {
  std::string text = std::string(kIntroduction) + "\nUsage:\n";
  for (const CommandSpec& spec : command_table()) text += spec.usage;
  return text + options_help(std::nullopt) + "\n" + std::string(kExitCodes);
}

std::string command_usage_text(Command command) {
  return "Usage:\n" + std::string(command_spec(command).usage) + options_help(command);
}

}  // namespace handout
