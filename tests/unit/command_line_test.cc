#include "app/command_line.h"

#include <doctest/doctest.h>

#include "app/help_text.h"
#include "app/render_job.h"

using namespace handout;

namespace {
std::optional<Job> parse(std::vector<std::string> arguments, Diagnostics& diagnostics) {
  return parse_command_line(arguments, diagnostics);
}
}  // namespace

TEST_CASE("cli: no arguments renders the bundled example") {
  Diagnostics diagnostics;
  auto job = parse({}, diagnostics);
  REQUIRE(job);
  CHECK(job->command == Command::render);
  CHECK(job->data_path.empty());
}

TEST_CASE("cli: render with template and output, in either option form") {
  Diagnostics diagnostics;
  auto job = parse({"render", "x.yaml", "-t", "handout", "--output=out/x.pdf"}, diagnostics);
  REQUIRE(job);
  CHECK(job->data_path == "x.yaml");
  CHECK(job->document.template_choice == "handout");
  CHECK(job->output_path == "out/x.pdf");
}

TEST_CASE("cli: usage errors are bad usage with a hint") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse({"rendr", "x.yaml"}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message == "unknown command 'rendr'");
  CHECK(diagnostics.all()[0].hints[0] == "did you mean 'render'?");
  CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);

  Diagnostics missing;
  CHECK_FALSE(parse({"render"}, missing));
  CHECK(missing.all()[0].message == "missing the data file (a .yaml file)");

  Diagnostics no_value;
  CHECK_FALSE(parse({"render", "x.yaml", "-o"}, no_value));
  CHECK(no_value.all()[0].message == "option '-o' needs a value");

  Diagnostics check_output;
  CHECK_FALSE(parse({"check", "x.yaml", "-o", "y.pdf"}, check_output));
}

TEST_CASE("cli: help and version win over everything else") {
  Diagnostics diagnostics;
  CHECK(parse({"render", "--help"}, diagnostics)->command == Command::help);
  CHECK(parse({"--version"}, diagnostics)->command == Command::version);
  CHECK(usage_text().find("Exit codes") != std::string::npos);
}

TEST_CASE("cli: the default output is output/<data stem>.pdf") {
  CHECK(default_output_path("data/rust-is-used-for.yaml") == "output/rust-is-used-for.pdf");
  CHECK(default_output_path("/tmp/a.b.yml") == "output/a.b.pdf");
}

TEST_CASE("cli: templates, init and watch take their own arguments") {
  Diagnostics diagnostics;
  CHECK(parse({"templates"}, diagnostics)->command == Command::templates);
  auto init = parse({"init", "cards"}, diagnostics);
  REQUIRE(init);
  CHECK(init->command == Command::init);
  CHECK(init->document.template_choice == "cards");
  CHECK(init->folder == ".");
  CHECK(parse({"init", "cards", "layouts"}, diagnostics)->folder == "layouts");
  auto watch = parse({"watch", "x.yaml", "-t", "cards", "-o", "x.pdf"}, diagnostics);
  REQUIRE(watch);
  CHECK(watch->command == Command::watch);
  CHECK(watch->data_path == "x.yaml");
  CHECK(watch->document.template_choice == "cards");
  CHECK(watch->output_path == "x.pdf");
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("cli: templates, init and watch refuse what they cannot use") {
  auto first_message = [](std::vector<std::string> arguments) {
    Diagnostics diagnostics;
    CHECK_FALSE(parse(arguments, diagnostics));
    CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
    return diagnostics.all().empty() ? std::string() : diagnostics.all()[0].message;
  };
  CHECK(first_message({"templates", "x"}) == "'handout templates' takes no arguments");
  CHECK(first_message({"init"}) == "'handout init' takes a bundled template's name and a folder");
  CHECK(first_message({"init", "a", "b", "c"}) ==
        "'handout init' takes a bundled template's name and a folder");
  CHECK(first_message({"init", "cards", "-t", "x"}) ==
        "'handout init' takes no -t, -o, --root or --grayscale");
  CHECK(first_message({"watch"}) == "missing the data file (a .yaml file)");
  CHECK(first_message({"watch", "a.yaml", "b.yaml"}) ==
        "'handout watch' takes one data file, but 2 were given");
  CHECK(first_message({"wach", "a.yaml"}) == "unknown command 'wach'");
  CHECK(first_message({"templates", "--werror"}) == "'handout templates' takes no --werror");
  CHECK(first_message({"init", "cards", "--werror"}) == "'handout init' takes no --werror");
}

TEST_CASE("cli: --werror goes with render, check, build and watch, and is off by default") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse({"render", "x.yaml"}, diagnostics)->document.warnings_are_errors);
  for (const char* command : {"render", "check", "build", "watch"}) {
    auto job = parse({command, "x.yaml", "--werror"}, diagnostics);
    REQUIRE(job);
    CHECK(job->document.warnings_are_errors);
  }
  CHECK(parse({"--werror"}, diagnostics)->document.warnings_are_errors);  // the bundled example
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(usage_text().find("--werror") != std::string::npos);
  Diagnostics misspelt;
  CHECK_FALSE(parse({"render", "x.yaml", "--wearror"}, misspelt));
  REQUIRE(misspelt.all().size() == 1);
  CHECK(misspelt.all()[0].hints.front() == "did you mean '--werror'?");
}

TEST_CASE("cli: --help names every command") {
  for (const char* command : {"handout render", "handout check", "handout watch",
                              "handout templates", "handout init NAME [FOLDER]"}) {
    CHECK(usage_text().find(command) != std::string::npos);
  }
}

TEST_CASE("cli: print options override the template's, in either option form") {
  Diagnostics diagnostics;
  auto job =
      parse({"render", "x.yaml", "--impose", "booklet", "--bleed=3mm", "--marks", "--duplex"},
            diagnostics);
  REQUIRE(job);
  REQUIRE(job->document.print.impose.has_value());
  CHECK(*job->document.print.impose == Imposition::booklet);
  REQUIRE(job->document.print.bleed.has_value());
  CHECK(*job->document.print.bleed == doctest::Approx(3 * 72 / 25.4));
  CHECK(job->document.print.marks);
  CHECK(job->document.print.duplex);

  auto build = parse({"build", "data/", "--impose=2up", "--page-size=half-letter"}, diagnostics);
  REQUIRE(build);
  CHECK(*build->document.print.impose == Imposition::two_up);
  REQUIRE(build->document.print.page_size.has_value());
  CHECK(build->document.print.page_size->name == "Half-Letter");
  CHECK(diagnostics.all().empty());
}

TEST_CASE("cli: bad print option values are usage errors with a hint") {
  auto first = [](std::vector<std::string> arguments) {
    Diagnostics diagnostics;
    CHECK_FALSE(parse(arguments, diagnostics));
    CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
    return diagnostics.all().empty() ? Diagnostic{} : diagnostics.all()[0];
  };
  const Diagnostic impose = first({"render", "x.yaml", "--impose", "bookelt"});
  CHECK(impose.message == "--impose must be 'none', '2up', 'booklet' or 'cards', not 'bookelt'");
  CHECK(impose.hints[0] == "did you mean 'booklet'?");
  const Diagnostic bleed = first({"render", "x.yaml", "--bleed", "3"});
  CHECK(bleed.message == "--bleed must be a length from 0 to 1in, such as 3mm, not '3'");
  CHECK(first({"render", "x.yaml", "--bleed", "2in"}).message ==
        "--bleed must be a length from 0 to 1in, such as 3mm, not '2in'");
  const Diagnostic size = first({"render", "x.yaml", "--page-size", "A6x"});
  CHECK(size.message ==
        "--page-size must be 'A3', 'A4', 'A5', 'A6', 'Letter', 'Legal' or 'Half-Letter', not "
        "'A6x'");
  CHECK(size.hints[0] == "did you mean 'A6'?");
  CHECK(first({"init", "cards", "--marks"}).message ==
        "'handout init' prints nothing, so it takes no --page-size, --impose, --bleed, --marks "
        "or --duplex");
}

TEST_CASE("cli: print overrides change the page; a booklet is two-sided") {
  PageDef page;
  Diagnostics diagnostics;
  PrintOverrides overrides;
  overrides.impose = Imposition::booklet;
  overrides.bleed = 9;
  overrides.marks = true;
  apply_print_overrides(overrides, page, diagnostics);
  CHECK(page.impose == Imposition::booklet);
  CHECK(page.bleed == 9);
  CHECK(page.crop_marks);
  CHECK(page.two_sided);
  CHECK(diagnostics.all().empty());

  PageDef no_grid;
  overrides.impose = Imposition::cards;
  apply_print_overrides(overrides, no_grid, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "--impose cards places the cards of a card grid, but the template's page has none");
}

// A landscape template stays landscape at another size.
TEST_CASE("cli: --page-size sets the page's size in the template's orientation") {
  Diagnostics diagnostics;
  PrintOverrides overrides;
  overrides.page_size = find_page_size("A5");
  PageDef portrait;
  portrait.width = 595.28;
  portrait.height = 841.89;
  apply_print_overrides(overrides, portrait, diagnostics);
  CHECK(portrait.width == doctest::Approx(148 * 72 / 25.4));
  CHECK(portrait.height == doctest::Approx(210 * 72 / 25.4));
  PageDef landscape;
  landscape.width = 841.89;
  landscape.height = 595.28;
  apply_print_overrides(overrides, landscape, diagnostics);
  CHECK(landscape.width == doctest::Approx(210 * 72 / 25.4));
  CHECK(landscape.height == doctest::Approx(148 * 72 / 25.4));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("cli: --help names every print option") {
  for (const char* option :
       {"--page-size SIZE", "--impose MODE", "--bleed LENGTH", "--marks", "--duplex"}) {
    CHECK(usage_text().find(option) != std::string::npos);
  }
}
