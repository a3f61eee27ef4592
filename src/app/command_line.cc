#include "app/command_line.h"

#include <filesystem>
#include <utility>

#include "app/document_root.h"
#include "app/limit_options.h"
#include "core/edit_distance.h"

namespace handout {
namespace {

const std::vector<std::string> kCommands = {"render",    "check", "build", "watch",
                                            "templates", "init",  "help",  "version"};
const std::vector<std::string> kOptions = {
    "--template",  "--output",      "--quiet",     "--help",   "--version",
    "--jobs",      "--fail-fast",   "--verbose",   "--report", "--depfile",
    "--shard",     "--shard-total", "--each",      "--name",   "--root",
    "--fit-pages", "--werror",      "--grayscale", "--impose", "--bleed",
    "--marks",     "--duplex",      "--preflight", "--json",   "--page-size"};

void usage_error(Diagnostics& diagnostics, std::string message, std::string hint) {
  std::vector<std::string> hints;
  if (!hint.empty()) hints.push_back(std::move(hint));
  hints.push_back("run 'handout --help' for usage");
  diagnostics.error({}, std::move(message), std::move(hints), FailureKind::bad_usage);
}

const std::vector<std::pair<std::string, Command>> kCommandNames = {
    {"render", Command::render}, {"check", Command::check},         {"build", Command::build},
    {"watch", Command::watch},   {"templates", Command::templates}, {"init", Command::init},
    {"help", Command::help},     {"version", Command::version}};

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

std::vector<std::string> option_names() {
  std::vector<std::string> names = kOptions;
  for (std::string& name : limit_option_names()) names.push_back(std::move(name));
  return names;
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

// A whole number from `lowest` to `highest` written as nothing but its digits.
std::optional<unsigned> whole_number(const std::string& value, unsigned lowest, unsigned highest) {
  size_t used = 0;
  unsigned long parsed = 0;
  try {
    parsed = std::stoul(value, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (used != value.size() || parsed < lowest || parsed > highest) return std::nullopt;
  return static_cast<unsigned>(parsed);
}

// -jN and -j N as well as --jobs N and --jobs=N.
bool take_count(const std::vector<std::string>& arguments, size_t& index, unsigned& count,
                Diagnostics& diagnostics) {
  std::string value;
  const std::string& argument = arguments[index];
  if (argument.size() > 2 && argument.rfind("-j", 0) == 0) {
    value = argument.substr(2);
  } else if (!take_value(arguments, index, value, diagnostics)) {
    return false;
  }
  if (auto parsed = whole_number(value, 1, 1024)) {
    count = *parsed;
    return true;
  }
  usage_error(diagnostics, "-j takes a number of threads from 1 to 1024, not '" + value + "'",
              "leave -j out to use one thread per processor");
  return false;
}

// --fit-pages N: the page budget, 1 to 10,000.
bool take_page_budget(const std::vector<std::string>& arguments, size_t& index, unsigned& pages,
                      Diagnostics& diagnostics) {
  std::string value;
  if (!take_value(arguments, index, value, diagnostics)) return false;
  if (auto parsed = whole_number(value, 1, 10000)) {
    pages = *parsed;
    return true;
  }
  usage_error(diagnostics,
              "--fit-pages takes a number of pages from 1 to 10000, not '" + value + "'",
              "for example: --fit-pages 2 (one sheet, both sides)");
  return false;
}

// The options that take a text value, other than -t and -o.
std::string* text_option(Job& job, const std::string& argument) {
  const std::pair<const char*, std::string*> options[] = {
      {"--report", &job.report_path}, {"--depfile", &job.depfile_path},
      {"--shard", &job.shard},        {"--shard-total", &job.shard_total},
      {"--each", &job.each_path},     {"--name", &job.name_pattern},
      {"--root", &job.root_folder}};
  for (const auto& [name, value] : options) {
    if (argument == name || argument.rfind(std::string(name) + "=", 0) == 0) return value;
  }
  return nullptr;
}

Job only(Command command) {
  Job job;
  job.command = command;
  return job;
}

// templates and init read no data and write no PDF, so -t, -o, --root, --grayscale, --werror, the
// print options and the limits mean nothing to them.
bool takes_no_render_options(const Job& job, Diagnostics& diagnostics) {
  if (job.warnings_are_errors) {
    usage_error(diagnostics, "'handout " + name_of(job.command) + "' takes no --werror",
                "--werror goes with render, check, build and watch");
    return false;
  }
  if (job.print.any()) {
    usage_error(diagnostics,
                "'handout " + name_of(job.command) +
                    "' prints nothing, so it takes no --page-size, --impose, --bleed, --marks or "
                    "--duplex",
                "");
    return false;
  }
  if (job.limits != ResourceLimits{}) {
    usage_error(diagnostics,
                "'handout " + name_of(job.command) +
                    "' takes no --max-... options: they limit what render, check, build and "
                    "watch read and make",
                "");
    return false;
  }
  if (job.template_name.empty() && job.output_path.empty() && job.root_folder.empty() &&
      !job.grayscale) {
    return true;
  }
  usage_error(diagnostics,
              "'handout " + name_of(job.command) + "' takes no -t, -o, --root or --grayscale",
              job.command == Command::init ? "for example: handout init cards my-layouts/" : "");
  return false;
}

// --page-size VALUE, --impose VALUE and --bleed VALUE (or =VALUE).
bool is_print_value_option(const std::string& argument) {
  return option_is(argument, "--page-size", "--page-size") ||
         option_is(argument, "--impose", "--impose") || option_is(argument, "--bleed", "--bleed");
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

bool uses_batch_options(const Job& job) {
  return job.jobs != 0 || job.fail_fast || job.verbose || !job.report_path.empty() ||
         !job.shard.empty() || !job.shard_total.empty() || !job.each_path.empty() ||
         !job.name_pattern.empty();
}

// The first batch option given, for messages.
std::string first_batch_option(const Job& job) {
  if (job.jobs != 0) return "-j";
  if (job.fail_fast) return "--fail-fast";
  if (job.verbose) return "--verbose";
  if (!job.report_path.empty()) return "--report";
  if (!job.shard.empty()) return "--shard";
  if (!job.shard_total.empty()) return "--shard-total";
  return job.each_path.empty() ? "--name" : "--each";
}

// render and watch take one data file; render alone may leave it out (the example).
bool takes_one_data_file(Job& job, bool command_given, const std::vector<std::string>& positional,
                         Diagnostics& diagnostics) {
  if (uses_batch_options(job)) {
    usage_error(diagnostics,
                "'handout " + name_of(job.command) + "' takes no " + first_batch_option(job) +
                    ": it is an option of 'handout build'",
                "");
    return false;
  }
  if (job.command == Command::watch && !job.depfile_path.empty()) {
    usage_error(diagnostics, "'handout watch' takes no --depfile", "");
    return false;
  }
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
  if (job.command == Command::check && !job.depfile_path.empty()) {
    usage_error(diagnostics, "'handout check' writes nothing, so it takes no --depfile", "");
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
  if (!check_root_option(job.root_folder, diagnostics)) return false;
  if (!positional.empty()) job.data_path = positional.front();
  job.data_paths = positional;
  if (job.command == Command::check && !job.output_path.empty()) {
    usage_error(diagnostics, "'handout check' writes nothing, so it takes no -o", "");
    return false;
  }
  return true;
}

// --preflight is check's, and --json is the preflight report's.
bool takes_preflight_options(const Job& job, Diagnostics& diagnostics) {
  if (job.preflight && job.command != Command::check) {
    usage_error(diagnostics,
                "'handout " + name_of(job.command) +
                    "' takes no --preflight: it is an option of 'handout check'",
                "for example: handout check data.yaml --preflight");
    return false;
  }
  if (job.json && !job.preflight) {
    usage_error(diagnostics, "--json goes with --preflight",
                "for example: handout check data.yaml --preflight --json");
    return false;
  }
  return true;
}

bool takes_arguments(Job& job, bool command_given, const std::vector<std::string>& positional,
                     Diagnostics& diagnostics) {
  if (!takes_preflight_options(job, diagnostics)) return false;
  if (job.command == Command::templates || job.command == Command::init) {
    return takes_template_arguments(job, positional, diagnostics);
  }
  return takes_data_arguments(job, command_given, positional, diagnostics);
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
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help") return only(Command::help);
    if (argument == "-V" || argument == "--version") return only(Command::version);
    if (argument == "-q" || argument == "--quiet") {
      job.quiet = true;
    } else if (argument == "-v" || argument == "--verbose") {
      job.verbose = true;
    } else if (argument == "--werror") {
      job.warnings_are_errors = true;
    } else if (argument == "--preflight") {
      job.preflight = true;
    } else if (argument == "--json") {
      job.json = true;
    } else if (argument == "--fail-fast") {
      job.fail_fast = true;
    } else if (argument == "--grayscale") {
      job.grayscale = true;
    } else if (option_is(argument, "-j", "--jobs") ||
               (argument.size() > 2 && argument.rfind("-j", 0) == 0)) {
      if (!take_count(arguments, i, job.jobs, diagnostics)) return std::nullopt;
    } else if (option_is(argument, "--fit-pages", "--fit-pages")) {
      if (!take_page_budget(arguments, i, job.fit_pages, diagnostics)) return std::nullopt;
    } else if (auto* text = text_option(job, argument)) {
      if (!take_value(arguments, i, *text, diagnostics)) return std::nullopt;
    } else if (argument == "--marks") {
      job.print.marks = true;
    } else if (argument == "--duplex") {
      job.print.duplex = true;
    } else if (is_print_value_option(argument)) {
      std::string value;
      const std::string option = argument.substr(0, argument.find('='));
      if (!take_value(arguments, i, value, diagnostics) ||
          !read_print_option(option, value, job.print, diagnostics)) {
        return std::nullopt;
      }
    } else if (const LimitOption* limit = find_limit_option(argument)) {
      std::string value;
      if (!take_value(arguments, i, value, diagnostics) ||
          !set_limit(*limit, value, job.limits, diagnostics)) {
        return std::nullopt;
      }
    } else if (option_is(argument, "-t", "--template")) {
      if (!take_value(arguments, i, job.template_name, diagnostics)) return std::nullopt;
    } else if (option_is(argument, "-o", "--output")) {
      if (!take_value(arguments, i, job.output_path, diagnostics)) return std::nullopt;
    } else if (argument.size() > 1 && argument[0] == '-') {
      usage_error(diagnostics, "unknown option '" + argument + "'",
                  suggestion(argument, option_names()));
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
  handout render DATA.yaml [-t TEMPLATE] [-o OUT.pdf] [--root DIR] [--werror] [print options]
                                            render one document
  handout check DATA... [-t TEMPLATE] [--root DIR] [--werror] [--preflight [--json]]
                                            load, validate and lay out; write nothing
                                            (many documents: as 'build' does, see below)
  handout build DATA... [-t TEMPLATE] [-o OUTDIR] [-j N] [--fail-fast]
                [--quiet|--verbose] [--report FILE.json] [--depfile FILE]
                [--shard K/N|auto] [--each PATH [--name PATTERN]] [--root DIR]
                                            render many documents in one process: DATA are
                                            data files, folders (every .yaml/.yml inside)
                                            or globs; OUTDIR/<stem>.pdf each, keeping the
                                            folders under a folder argument (default OUTDIR:
                                            output/); a failed document is reported and the
                                            rest are built
  handout watch DATA.yaml [-t TEMPLATE] [-o OUT.pdf] [--root DIR]
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
                           (folders are created; the file is replaced atomically);
                           -o - writes it to the standard output
  -q, --quiet              print nothing but problems (build: and the summary)
      --root DIR           render, check, build, watch: the folder under which the data and
                           template may read files (figures, partials, fonts, a template the
                           data names); default: the data file's folder. The bundled
                           templates and fonts, and the folder of a -t template file, are
                           always readable; absolute paths, '..' and symbolic links that
                           lead out of them are refused (docs/ci.md, "Untrusted input")
      --werror             render, check, build, watch: treat warnings (a missing glyph, a
                           figure below 150 dpi, a word broken inside, ...) as errors: the
                           document fails with exit code 1 and nothing is written; in a
                           batch, per document (see docs/errors.md)
      --depfile FILE       render, build: write the inputs of each output (data, template,
                           partials, figures, fonts) as Makefile rules, for make and Ninja
      --fit-pages N        the document must fit in N pages: the template's fit steps (or,
                           without any, text size down to 85%, leading to 90%, figures to
                           50%) are taken in order as far as needed; fails if still over
      --preflight          check: report, page by page, what matters on paper: words broken
                           inside, lines past their column, loose lines, headings moved to
                           stay with their text, figures' resolution (under 150 dpi: a
                           warning) and alt text, missing glyphs, sRGB colour in a CMYK or
                           grey job, the fonts and how they are embedded, the page budget
                           (docs/printing.md, "Preflight"); with --werror any warning in it
                           fails the document
      --json               check --preflight: the report as JSON on the standard output
      --grayscale          render, check, build, watch: print every colour and every image
                           in grey, for a monochrome printer, and warn about template
                           colours that look alike in grey (see docs/printing.md)

Print options (render, check, build, watch; each overrides the template's page; see
docs/printing.md):
      --page-size SIZE     A3, A4, A5, A6, Letter, Legal or Half-Letter, turned as the
                           template's page is: e.g. A5 pages for a booklet or 2up on A4
                           sheets (default: the template's size)
      --impose MODE        how pages go on the printed sheets: none, 2up (two pages side
                           by side on a sheet twice their size), booklet (saddle-stitch
                           order, padded to a multiple of 4), cards (a card grid's sheets
                           with cut marks, each followed by its backs, mirrored for duplex)
                           (default: the template's 'impose', else none)
      --bleed LENGTH       e.g. 3mm: the page colour and bleed figures reach this far past
                           the trim; the PDF gets a BleedBox (default: the template's, else 0)
      --marks              crop marks outside the trim at each corner, on media grown to
                           hold them
      --duplex             printed on both sides: margins mirrored on even pages, blank
                           pages before 'page-break: right', inner/outer slots swapped

Batch options (build, and check over many documents; see docs/ci.md):
  -o, --output OUTDIR      build: the output folder (default: output/)
  -j, --jobs N             documents rendered at once (default: one per processor)
      --fail-fast          start no more documents after the first failure
  -v, --verbose            one line per document, even on a terminal
      --report FILE.json   per document: inputs, output, pages, bytes, milliseconds,
                           warnings and errors; and the totals
      --shard K/N          only the documents whose index (sorted by output path) is
                           K-1 modulo N: split a build across N machines
      --shard auto         K and N from CI_NODE_INDEX/CI_NODE_TOTAL (GitLab), else
                           JOB_COMPLETION_INDEX (0-based, Kubernetes) with the total from
                           --shard-total N or HANDOUT_SHARD_TOTAL
      --each PATH          one document per element of the list at PATH of ONE data file:
                           the element's fields over the file's top-level fields
      --name PATTERN       the output name of each --each document, e.g. "{{slug title}}"
                           (default: <data stem>-<number>)

Limits (render, check, build and watch, for each document; see docs/ci.md, "Limits"):
      --max-pages N        pages of one document (default: 1000)
      --max-blocks N       blocks, list entries, table cells, section repetitions and
                           inline marks the template makes from one document's data, each
                           element an 'each' goes through counting too (default: 50000)
      --max-text-size SIZE
                           bytes of text the template expands to for one document: a
                           text each time it is filled, a section each time it repeats,
                           every value filled in (default: 4M; SIZE is bytes or a number
                           with K, M or G, powers of 1024)
      --max-paragraph-size SIZE
                           text set as one paragraph, heading, list entry, table cell or
                           caption (default: 64K)
      --max-megapixels N   pixels of one figure, width x height, read from its header
                           before decoding (default: 50; decimals allowed, e.g. 2.5)
      --max-image-size SIZE
                           bytes of one figure file (default: 100M)
      --max-image-memory SIZE
                           memory reading one figure may take, from its header; an eighth
                           of it is what all of a document's figures keep (default: 256M)
      --max-input-size SIZE
                           bytes of a data file, template or included file, and of the
                           text a YAML file's aliases expand to (default: 4M)
      --max-font-size SIZE
                           bytes of one font file, checked before it is read (default: 64M,
                           at most 2047M)
      --max-yaml-depth N   lists and mappings nested inside each other in a YAML file
                           (default: 64, at most 400)
      --max-yaml-values N  values a YAML file expands to, each alias (*name) counting the
                           values it repeats; a template counts with the files it includes
                           (default: 250000)
  At the defaults one document takes at most 512 MiB of memory; build -j N at most N
  times that and 64 MiB (docs/ci.md, "Memory").

  -h, --help               show this help
  -V, --version            show the version

Exit codes:
  0  success (warnings may have been printed)
  1  bad input: data, template, image or font (the message names the file and line)
  2  bad usage: unknown command or option, missing argument
  3  cannot write the output file
  4  internal error (a bug in handout: please report it)
  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM (129: SIGHUP); no partial or temporary
            file is left, the documents already written stay
)";
}

}  // namespace handout
