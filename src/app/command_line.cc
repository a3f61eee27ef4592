#include "app/command_line.h"

#include "core/edit_distance.h"

namespace handout {
namespace {

const std::vector<std::string> kCommands = {"render", "check", "help", "version"};
const std::vector<std::string> kOptions = {"--template", "--output", "--quiet", "--help",
                                           "--version"};

void usage_error(Diagnostics& diagnostics, std::string message, std::string hint) {
  std::vector<std::string> hints;
  if (!hint.empty()) hints.push_back(std::move(hint));
  hints.push_back("run 'handout --help' for usage");
  diagnostics.error({}, std::move(message), std::move(hints), FailureKind::bad_usage);
}

std::optional<Command> command_named(const std::string& word) {
  if (word == "render") return Command::render;
  if (word == "check") return Command::check;
  if (word == "help") return Command::help;
  if (word == "version") return Command::version;
  return std::nullopt;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& names) {
  auto closest = closest_name(word, names);
  return closest ? "did you mean '" + *closest + "'?" : "";
}

// Reads the value of an option given as "-o VALUE", "--output VALUE" or "--output=VALUE".
bool take_value(const std::vector<std::string>& arguments, size_t& index, std::string& value,
                Diagnostics& diagnostics) {
  const std::string& argument = arguments[index];
  size_t equals = argument.find('=');
  if (argument.rfind("--", 0) == 0 && equals != std::string::npos) {
    value = argument.substr(equals + 1);
  } else if (index + 1 < arguments.size()) {
    value = arguments[++index];
  } else {
    usage_error(diagnostics, "option '" + argument + "' needs a value", "");
    return false;
  }
  if (value.empty()) usage_error(diagnostics, "option '" + argument + "' has an empty value", "");
  return !value.empty();
}

bool option_is(const std::string& argument, const char* short_name, const char* long_name) {
  return argument == short_name || argument == long_name ||
         argument.rfind(std::string(long_name) + "=", 0) == 0;
}

Job only(Command command) {
  Job job;
  job.command = command;
  return job;
}

}  // namespace

std::optional<Job> parse_command_line(const std::vector<std::string>& arguments,
                                      Diagnostics& diagnostics) {
  Job job;
  bool command_given = false;
  std::vector<std::string> positional;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help") return only(Command::help);
    if (argument == "-V" || argument == "--version") return only(Command::version);
    if (argument == "-q" || argument == "--quiet") {
      job.quiet = true;
    } else if (option_is(argument, "-t", "--template")) {
      if (!take_value(arguments, i, job.template_name, diagnostics)) return std::nullopt;
    } else if (option_is(argument, "-o", "--output")) {
      if (!take_value(arguments, i, job.output_path, diagnostics)) return std::nullopt;
    } else if (argument.size() > 1 && argument[0] == '-') {
      usage_error(diagnostics, "unknown option '" + argument + "'",
                  suggestion(argument, kOptions));
      return std::nullopt;
    } else if (!command_given && positional.empty()) {
      auto command = command_named(argument);
      if (!command) {
        usage_error(diagnostics, "unknown command '" + argument + "'",
                    suggestion(argument, kCommands));
        return std::nullopt;
      }
      job.command = *command;
      command_given = true;
    } else {
      positional.push_back(argument);
    }
  }
  if (job.command == Command::help || job.command == Command::version) return job;
  if (positional.size() > 1) {
    usage_error(diagnostics, "'handout " + std::string(job.command == Command::check ? "check"
                                                                                      : "render") +
                                 "' takes one data file, but " +
                                 std::to_string(positional.size()) + " were given",
                "");
    return std::nullopt;
  }
  if (command_given && positional.empty()) {
    usage_error(diagnostics, "missing the data file (a .yaml file)",
                "for example: handout render data/rust-is-used-for.yaml");
    return std::nullopt;
  }
  if (!positional.empty()) job.data_path = positional.front();
  if (job.command == Command::check && !job.output_path.empty()) {
    usage_error(diagnostics, "'handout check' writes nothing, so it takes no -o", "");
    return std::nullopt;
  }
  return job;
}

std::string usage_text() {
  return R"(handout - turn YAML data and a layout template into a print-ready PDF

Usage:
  handout                                   render the bundled example to
                                            output/rust-is-used-for.pdf
  handout render DATA.yaml [-t TEMPLATE] [-o OUT.pdf]
                                            render one document
  handout check DATA.yaml [-t TEMPLATE]     load, validate and lay out; write nothing
  handout --help | --version

Options:
  -t, --template TEMPLATE  a bundled template name (handout) or a path to a template
                           file; default: the data's 'template' key, else 'handout'
  -o, --output OUT.pdf     where to write the PDF; default: output/<data file stem>.pdf
                           (folders are created; the file is replaced atomically)
  -q, --quiet              print nothing but problems
  -h, --help               show this help
  -V, --version            show the version

Exit codes:
  0  success (warnings may have been printed)
  1  bad input: data, template, image or font (the message names the file and line)
  2  bad usage: unknown command or option, missing argument
  3  cannot write the output file
  4  internal error (a bug in handout: please report it)
)";
}

}  // namespace handout
