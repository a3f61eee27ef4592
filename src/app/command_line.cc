#include "app/command_line.h"

#include <utility>

#include "core/edit_distance.h"

namespace handout {
namespace {

const std::vector<std::string> kCommands = {"render", "check", "watch", "templates",
                                            "init",   "help",  "version"};
const std::vector<std::string> kOptions = {"--template", "--output", "--quiet", "--help",
                                           "--version"};

void usage_error(Diagnostics& diagnostics, std::string message, std::string hint) {
  std::vector<std::string> hints;
  if (!hint.empty()) hints.push_back(std::move(hint));
  hints.push_back("run 'handout --help' for usage");
  diagnostics.error({}, std::move(message), std::move(hints), FailureKind::bad_usage);
}

const std::vector<std::pair<std::string, Command>> kCommandNames = {
    {"render", Command::render}, {"check", Command::check},     {"watch", Command::watch},
    {"templates", Command::templates}, {"init", Command::init}, {"help", Command::help},
    {"version", Command::version}};

std::optional<Command> command_named(const std::string& word) {
  for (const auto& [name, command] : kCommandNames) {
    if (word == name) return command;
  }
  return std::nullopt;
}

std::string name_of(Command command) {
  for (const auto& [name, value] : kCommandNames) {
    if (value == command) return name;
  }
  return "";
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

// templates and init read no data and write no PDF, so -t and -o mean nothing to them.
bool takes_no_render_options(const Job& job, Diagnostics& diagnostics) {
  if (job.template_name.empty() && job.output_path.empty()) return true;
  usage_error(diagnostics, "'handout " + name_of(job.command) + "' takes no -t or -o",
              job.command == Command::init ? "for example: handout init cards my-layouts/" : "");
  return false;
}

bool takes_template_arguments(Job& job, const std::vector<std::string>& positional,
                              Diagnostics& diagnostics) {
  if (!takes_no_render_options(job, diagnostics)) return false;
  if (job.command == Command::templates) {
    if (positional.empty()) return true;
    usage_error(diagnostics, "'handout templates' takes no arguments", "");
    return false;
  }
  if (positional.empty() || positional.size() > 2) {
    usage_error(diagnostics, "'handout init' takes a bundled template's name and a folder",
                "for example: handout init reference-sheet (see 'handout templates')");
    return false;
  }
  job.template_name = positional[0];
  if (positional.size() == 2) job.folder = positional[1];
  return true;
}

// render, check and watch take one data file; render alone may leave it out (the example).
bool takes_data_arguments(Job& job, bool command_given, const std::vector<std::string>& positional,
                          Diagnostics& diagnostics) {
  if (positional.size() > 1) {
    usage_error(diagnostics, "'handout " + name_of(job.command) +
                                 "' takes one data file, but " +
                                 std::to_string(positional.size()) + " were given",
                "");
    return false;
  }
  if (command_given && positional.empty()) {
    usage_error(diagnostics, "missing the data file (a .yaml file)",
                "for example: handout " + name_of(job.command) + " data/rust-is-used-for.yaml");
    return false;
  }
  if (!positional.empty()) job.data_path = positional.front();
  if (job.command == Command::check && !job.output_path.empty()) {
    usage_error(diagnostics, "'handout check' writes nothing, so it takes no -o", "");
    return false;
  }
  return true;
}

bool takes_arguments(Job& job, bool command_given, const std::vector<std::string>& positional,
                     Diagnostics& diagnostics) {
  if (job.command == Command::templates || job.command == Command::init) {
    return takes_template_arguments(job, positional, diagnostics);
  }
  return takes_data_arguments(job, command_given, positional, diagnostics);
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
  if (!takes_arguments(job, command_given, positional, diagnostics)) return std::nullopt;
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
  handout watch DATA.yaml [-t TEMPLATE] [-o OUT.pdf]
                                            render, then render again whenever the data,
                                            the template, a partial or a figure changes;
                                            problems are printed and watching goes on
                                            (Ctrl-C stops)
  handout templates                         list the bundled templates
  handout init NAME [FOLDER]                copy the bundled template NAME (and its
                                            partials) into FOLDER (default: the working
                                            folder) as NAME.yaml, to start your own;
                                            never overwrites a file
  handout --help | --version

Options:
  -t, --template TEMPLATE  a bundled template's name (handout, reference-sheet, cards:
                           see 'handout templates') or the path of a template file;
                           default: the data's 'template' key, else 'handout'
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
