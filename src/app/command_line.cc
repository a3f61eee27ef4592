#include "app/command_line.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "app/document_root.h"
#include "app/option_table.h"
#include "app/usage_error.h"
#include "core/edit_distance.h"

namespace handout {
namespace {

std::optional<Command> command_named(const std::string& word) {
  for (const CommandSpec& spec : command_table()) {
    if (word == spec.name) return spec.command;
  }
  return std::nullopt;
}

std::string name_of(Command command) { return std::string(command_spec(command).name); }

std::string suggestion(const std::string& word, const std::vector<std::string>& names) {
  return did_you_mean(word, names).value_or("");
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const CommandSpec& spec : command_table()) names.emplace_back(spec.name);
  return names;
}

std::vector<std::string> option_names() {
  std::vector<std::string> names;
  for (const OptionSpec& option : option_table()) names.emplace_back(option.name);
  return names;
}

// Reads the value of an option given as "-o VALUE", "--output VALUE", "--output=VALUE" or, for
// -j, "-j4".
bool take_value(const OptionSpec& option, const std::vector<std::string>& arguments, size_t& index,
                std::string& value, Diagnostics& diagnostics) {
  const std::string& argument = arguments[index];
  if (option.value_joins_short && argument.size() > option.short_name.size() &&
      argument.starts_with(option.short_name)) {
    value = argument.substr(option.short_name.size());
    return true;
  }
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

Job only(Command command) {
  Job job;
  job.command = command;
  return job;
}

// The usage error for an option given to a command that does not take it.
void refuse(const OptionSpec& option, Command command, Diagnostics& diagnostics) {
  const std::string handout = "'handout " + name_of(command) + "'";
  const std::string name(name_in_messages(option));
  if (command == Command::check && option.names_an_output) {
    usage_error(diagnostics, handout + " writes nothing, so it takes no " + name, "");
    return;
  }
  switch (option.refusal) {
    case Refusal::preflight:
      return usage_error(diagnostics,
                         handout + " takes no " + name + ": it is an option of 'handout check'",
                         "for example: handout check data.yaml --preflight");
    case Refusal::werror:
      return usage_error(diagnostics, handout + " takes no " + name,
                         "--werror goes with render, check, build and watch");
    case Refusal::print:
      return usage_error(diagnostics,
                         handout +
                             " prints nothing, so it takes no --page-size, --impose, --bleed, "
                             "--marks or --duplex",
                         "");
    case Refusal::limits:
      return usage_error(diagnostics,
                         handout +
                             " takes no --max-... options: they limit what render, check, build "
                             "and watch read and make",
                         "");
    case Refusal::files:
      return usage_error(
          diagnostics, handout + " takes no -t, -o, --root or --grayscale",
          command == Command::init ? "for example: handout init cards my-layouts/" : "");
    case Refusal::batch:
      return usage_error(
          diagnostics, handout + " takes no " + name + ": it is an option of 'handout build'", "");
    case Refusal::plain:
      return usage_error(diagnostics, handout + " takes no " + name, "");
  }
}

// Every option given must be one the command takes; of several that are not, the first in the
// order of Refusal is reported.
bool takes_the_options(Command command, const std::vector<const OptionSpec*>& given,
                       Diagnostics& diagnostics) {
  const OptionSpec* refused = nullptr;
  for (const OptionSpec* option : given) {
    if (takes_option(command, *option)) continue;
    // Rows of one table: the lower address is the earlier row.
    if (!refused || option->refusal < refused->refusal ||
        (option->refusal == refused->refusal && option < refused)) {
      refused = option;
    }
  }
  if (refused) refuse(*refused, command, diagnostics);
  return refused == nullptr;
}

bool takes_template_arguments(Job& job, const std::vector<std::string>& positional,
                              Diagnostics& diagnostics) {
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
  job.document.template_choice = positional[0];
  if (positional.size() == 2) job.folder = positional[1];
  return true;
}

bool uses_batch_options(const Job& job) {
  return job.jobs != 0 || job.fail_fast || job.verbose || !job.report_path.empty() ||
         !job.shard.empty() || !job.shard_total.empty() || !job.each_path.empty() ||
         !job.name_pattern.empty();
}

// render and watch take one data file; render alone may leave it out (the example).
bool takes_one_data_file(Job& job, bool command_given, const std::vector<std::string>& positional,
                         Diagnostics& diagnostics) {
  if (positional.size() > 1) {
    usage_error(
        diagnostics,
        "'handout " + name_of(job.command) + "' takes one data file, but " +
            std::to_string(positional.size()) + " were given",
        job.command == Command::render ? "to render many, use 'handout build DATA...'" : "");
    return false;
  }
  if (command_given && positional.empty()) {
    usage_error(diagnostics, "missing the data file (a .yaml file)",
                "for example: handout " + name_of(job.command) + " data/rust-is-used-for.yaml");
    return false;
  }
  return true;
}

// --name and --shard-total only mean something with another batch option.
bool takes_batch_options(const Job& job, Diagnostics& diagnostics) {
  if (!job.name_pattern.empty() && job.each_path.empty()) {
    usage_error(diagnostics, "--name names the documents of --each, which is missing",
                "for example: handout build data/course.yaml --each lessons --name "
                "\"{{slug title}}\"");
    return false;
  }
  if (!job.shard_total.empty() && job.shard != "auto") {
    usage_error(diagnostics, "--shard-total goes with --shard auto", "");
    return false;
  }
  return true;
}

// render, check, build and watch take data files; check and build take many.
bool takes_data_arguments(Job& job, bool command_given, const std::vector<std::string>& positional,
                          Diagnostics& diagnostics) {
  bool many = job.command == Command::build || job.command == Command::check;
  if (!many && !takes_one_data_file(job, command_given, positional, diagnostics)) return false;
  if (many && positional.empty()) {
    usage_error(diagnostics, "missing the data files (.yaml files, folders or globs)",
                "for example: handout " + name_of(job.command) + " data/");
    return false;
  }
  if (many && !takes_batch_options(job, diagnostics)) return false;
  if (!check_root_option(job.document.root_folder, diagnostics)) return false;
  if (!positional.empty()) job.data_path = positional.front();
  job.data_paths = positional;
  return true;
}

// --json is the preflight report's.
bool takes_json_option(const Job& job, Diagnostics& diagnostics) {
  if (job.json && !job.document.preflight) {
    usage_error(diagnostics, "--json goes with --preflight",
                "for example: handout check data.yaml --preflight --json");
    return false;
  }
  return true;
}

bool takes_arguments(Job& job, bool command_given, const std::vector<const OptionSpec*>& given,
                     const std::vector<std::string>& positional, Diagnostics& diagnostics) {
  if (!takes_json_option(job, diagnostics)) return false;
  if (!takes_the_options(job.command, given, diagnostics)) return false;
  if (job.command == Command::templates || job.command == Command::init) {
    return takes_template_arguments(job, positional, diagnostics);
  }
  return takes_data_arguments(job, command_given, positional, diagnostics);
}

// `handout help COMMAND`: the command whose usage to show.
bool takes_help_topic(Job& job, const std::vector<std::string>& positional,
                      Diagnostics& diagnostics) {
  if (job.command != Command::help || positional.empty()) return true;
  job.help_topic = command_named(positional.front());
  if (job.help_topic) return true;
  usage_error(diagnostics, "unknown command '" + positional.front() + "'",
              suggestion(positional.front(), command_names()));
  return false;
}

}  // namespace

bool is_batch_job(const Job& job) {
  if (job.command == Command::build) return true;
  if (job.command != Command::check) return false;
  if (job.data_paths.size() != 1 || uses_batch_options(job)) return true;
  std::error_code error;
  return !std::filesystem::is_regular_file(job.data_paths.front(), error);
}

std::optional<Job> parse_command_line(const std::vector<std::string>& arguments,
                                      Diagnostics& diagnostics) {
  Job job;
  bool command_given = false;
  std::vector<std::string> positional;
  std::vector<const OptionSpec*> given;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (const OptionSpec* option = find_option(argument)) {
      const Command command = job.command;
      std::string value;
      if (!option->value_name.empty() && !take_value(*option, arguments, i, value, diagnostics)) {
        return std::nullopt;
      }
      if (!option->store(*option, value, job, diagnostics)) return std::nullopt;
      given.push_back(option);
      // --help and --version answer at once, whatever else is given.
      if (option->group != OptionGroup::about) continue;
      Job answer = only(job.command);
      if (command_given) answer.help_topic = command;
      return answer;
    } else if (argument.size() > 1 && argument[0] == '-') {
      usage_error(diagnostics, "unknown option '" + argument + "'",
                  suggestion(argument, option_names()));
      return std::nullopt;
    } else if (!command_given && positional.empty()) {
      auto command = command_named(argument);
      if (!command) {
        usage_error(diagnostics, "unknown command '" + argument + "'",
                    suggestion(argument, command_names()));
        return std::nullopt;
      }
      job.command = *command;
      command_given = true;
    } else {
      positional.push_back(argument);
    }
  }
  if (job.command == Command::help || job.command == Command::version) {
    if (!takes_help_topic(job, positional, diagnostics)) return std::nullopt;
    return job;
  }
  if (!takes_arguments(job, command_given, given, positional, diagnostics)) return std::nullopt;
  return job;
}

}  // namespace handout
