#include <doctest/doctest.h>

#include <set>

#include "app/help_text.h"
#include "app/option_table.h"

using namespace handout;

namespace {

const Command kCommands[] = {Command::render,    Command::check, Command::build, Command::watch,
                             Command::templates, Command::init,  Command::help,  Command::version};

constexpr CommandSet kEveryCommandBit = (1u << 8) - 1;

// How `handout --help` starts the option's line: "  -t, --template TEMPLATE".
std::string help_line_start(const OptionSpec& option) {
  std::string start = "\n  ";
  start += option.short_name.empty() ? "    " : std::string(option.short_name) + ", ";
  start += option.name;
  if (!option.value_name.empty()) start += " " + std::string(option.value_name);
  return start;
}

bool lists(const std::string& help, const OptionSpec& option) {
  const std::string start = help_line_start(option);
  return help.find(start + " ") != std::string::npos ||
         help.find(start + "\n") != std::string::npos;
}

// A value the option takes, so that only the command can refuse it.
std::string a_value_of(const OptionSpec& option) {
  if (option.name == "--impose") return "2up";
  if (option.name == "--bleed") return "3mm";
  if (option.name == "--page-size") return "A5";
  return "2";
}

std::optional<Job> parse(std::vector<std::string> arguments, Diagnostics& diagnostics) {
  return parse_command_line(arguments, diagnostics);
}

}  // namespace

TEST_CASE("option table: every option is named, explained and taken by real commands") {
  std::set<std::string_view> names;
  for (const OptionSpec& option : option_table()) {
    CAPTURE(option.name);
    CHECK(option.name.starts_with("--"));
    CHECK(names.insert(option.name).second);
    if (!option.short_name.empty()) {
      CHECK(option.short_name.size() == 2);
      CHECK(names.insert(option.short_name).second);
    }
    CHECK(option.help.size() > 10);
    CHECK((option.store != nullptr));
    CHECK(option.commands != 0);
    CHECK(((option.commands & kEveryCommandBit) == kEveryCommandBit ||
           (option.commands & ~kEveryCommandBit) == 0));
    if (option.value_joins_short) CHECK_FALSE(option.short_name.empty());
    if (option.value_joins_short) CHECK_FALSE(option.value_name.empty());
    CHECK(find_option(option.name) == &option);
    if (!option.short_name.empty()) CHECK(find_option(option.short_name) == &option);
    if (!option.value_name.empty()) CHECK(find_option(std::string(option.name) + "=x") == &option);
  }
  CHECK(find_option("--werror=1") == nullptr);  // a flag takes no value
  CHECK(find_option("-o=x") == nullptr);
  CHECK(find_option("-j4") == find_option("--jobs"));
}

TEST_CASE("option table: every command has its usage, and the overview names them all") {
  for (Command command : kCommands) {
    const CommandSpec& spec = command_spec(command);
    CHECK(spec.command == command);
    CHECK(usage_text().find(spec.usage) != std::string::npos);
  }
}

TEST_CASE("option table: --help lists every option; a command's help lists exactly its own") {
  const std::string overview = usage_text();
  for (const OptionSpec& option : option_table()) {
    CAPTURE(option.name);
    CHECK(lists(overview, option));
    for (Command command : kCommands) {
      CAPTURE(command_spec(command).name);
      CHECK(lists(command_usage_text(command), option) == takes_option(command, option));
    }
  }
  const std::string render = command_usage_text(Command::render);
  CHECK(render.find("--page-size SIZE") != std::string::npos);
  CHECK(render.find("--jobs") == std::string::npos);
  CHECK(render.find("--preflight") == std::string::npos);
  CHECK(command_usage_text(Command::build).find("  -j, --jobs N") != std::string::npos);
  CHECK(command_usage_text(Command::check).find("      --preflight") != std::string::npos);
}

TEST_CASE("option table: every misspelt option finds its name") {
  for (const OptionSpec& option : option_table()) {
    const std::string misspelt(option.name.substr(0, option.name.size() - 1));
    CAPTURE(misspelt);
    Diagnostics diagnostics;
    CHECK_FALSE(parse({"render", "x.yaml", misspelt}, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message == "unknown option '" + misspelt + "'");
    CHECK(diagnostics.all()[0].hints.front() == "did you mean '" + std::string(option.name) + "'?");
  }
}

TEST_CASE("option table: a command refuses every option it does not take") {
  for (Command command : kCommands) {
    if (command == Command::help || command == Command::version) continue;
    const std::string name(command_spec(command).name);
    for (const OptionSpec& option : option_table()) {
      if (takes_option(command, option)) continue;
      std::vector<std::string> arguments = {name, "x.yaml", std::string(option.name)};
      if (!option.value_name.empty()) arguments.push_back(a_value_of(option));
      CAPTURE(name);
      CAPTURE(option.name);
      Diagnostics diagnostics;
      CHECK_FALSE(parse(arguments, diagnostics));
      REQUIRE(diagnostics.all().size() == 1);
      CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
      const std::string& message = diagnostics.all()[0].message;
      CAPTURE(message);
      if (option.name == "--json") {
        CHECK(message == "--json goes with --preflight");
      } else {
        CHECK(message.starts_with("'handout " + name + "' "));
      }
    }
  }
}

TEST_CASE("option table: help after a command, or 'help COMMAND', is that command's") {
  Diagnostics diagnostics;
  auto render = parse({"render", "x.yaml", "--bleed", "3mm", "--help"}, diagnostics);
  REQUIRE(render);
  CHECK(render->command == Command::help);
  CHECK(render->help_topic == Command::render);
  CHECK(render->document.print.bleed == std::nullopt);
  auto build = parse({"help", "build"}, diagnostics);
  REQUIRE(build);
  CHECK(build->help_topic == Command::build);
  CHECK_FALSE(parse({"--help"}, diagnostics)->help_topic.has_value());
  CHECK_FALSE(parse({"help"}, diagnostics)->help_topic.has_value());
  CHECK_FALSE(diagnostics.has_errors());
  Diagnostics unknown;
  CHECK_FALSE(parse({"help", "biuld"}, unknown));
  REQUIRE(unknown.all().size() == 1);
  CHECK(unknown.all()[0].message == "unknown command 'biuld'");
  CHECK(unknown.all()[0].hints.front() == "did you mean 'build'?");
}

// The job the table makes is the one the hand-written parser made: every field, for every
// option, in each of its spellings.
TEST_CASE("option table: parsing fills the job as before") {
  Diagnostics diagnostics;
  auto build = parse({"build",
                      "a.yaml",
                      "data/",
                      "-j4",
                      "--fail-fast",
                      "-v",
                      "--report=r.json",
                      "--depfile",
                      "d.d",
                      "--shard",
                      "auto",
                      "--shard-total=3",
                      "-o",
                      "out",
                      "--root",
                      ".",
                      "--fit-pages",
                      "2",
                      "--werror",
                      "--grayscale",
                      "-t",
                      "cards",
                      "--impose",
                      "2up",
                      "--bleed=3mm",
                      "--marks",
                      "--duplex",
                      "--page-size",
                      "A5",
                      "--max-pages",
                      "20",
                      "--max-text-size=1M",
                      "-q"},
                     diagnostics);
  REQUIRE(build);
  CHECK(build->command == Command::build);
  CHECK(build->data_path == "a.yaml");
  CHECK(build->data_paths == std::vector<std::string>{"a.yaml", "data/"});
  CHECK(build->jobs == 4);
  CHECK(build->fail_fast);
  CHECK(build->verbose);
  CHECK(build->quiet);
  CHECK(build->report_path == "r.json");
  CHECK(build->depfile_path == "d.d");
  CHECK(build->shard == "auto");
  CHECK(build->shard_total == "3");
  CHECK(build->output_path == "out");
  const DocumentOptions& document = build->document;
  CHECK(document.template_choice == "cards");
  CHECK(document.root_folder == ".");
  CHECK(document.fit_pages == 2);
  CHECK(document.warnings_are_errors);
  CHECK(document.grayscale);
  CHECK(document.print.impose == Imposition::two_up);
  CHECK(*document.print.bleed == doctest::Approx(3 * 72 / 25.4));
  CHECK(document.print.marks);
  CHECK(document.print.duplex);
  REQUIRE(document.print.page_size);
  CHECK(document.print.page_size->name == "A5");
  CHECK(document.limits.max_pages == 20);
  CHECK(document.limits.max_text_bytes == kMebibyte);
  CHECK_FALSE(document.preflight);
  CHECK(build->each_path.empty());

  auto check = parse({"check", "a.yaml", "--preflight", "--json", "--each", "items", "--name",
                      "{{title}}", "--jobs", "2"},
                     diagnostics);
  REQUIRE(check);
  CHECK(check->document.preflight);
  CHECK(check->json);
  CHECK(check->each_path == "items");
  CHECK(check->name_pattern == "{{title}}");
  CHECK(check->jobs == 2);
  CHECK(check->document.limits == ResourceLimits{});
  CHECK_FALSE(diagnostics.has_errors());

  // The last of a repeated option wins; a bad value is the option's own message.
  CHECK(parse({"render", "x.yaml", "-o", "a.pdf", "--output", "b.pdf"}, diagnostics)->output_path ==
        "b.pdf");
  Diagnostics bad;
  CHECK_FALSE(parse({"build", "d/", "-jx"}, bad));
  CHECK(bad.all()[0].message == "-j takes a number of threads from 1 to 1024, not 'x'");
}
