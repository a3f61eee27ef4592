#include "app/option_table.h"

#include <algorithm>
#include <type_traits>

#include "app/limit_options.h"
#include "app/usage_error.h"

namespace handout {
namespace {

// The part of the job a field belongs to: the job itself, its document options or their print
// overrides.
template <class Owner>
Owner& part_of(Job& job) {
  if constexpr (std::is_same_v<Owner, Job>) {
    return job;
  } else if constexpr (std::is_same_v<Owner, DocumentOptions>) {
    return job.document;
  } else {
    static_assert(std::is_same_v<Owner, PrintOverrides>);
    return job.document.print;
  }
}

template <class Member>
struct MemberOf;
template <class Owner, class Field>
struct MemberOf<Field Owner::*> {
  using type = Owner;
};

template <auto field>
auto& field_of(Job& job) {
  return part_of<typename MemberOf<decltype(field)>::type>(job).*field;
}

template <auto field>
bool set_flag(const OptionSpec&, const std::string&, Job& job, Diagnostics&) {
  field_of<field>(job) = true;
  return true;
}

template <auto field>
bool set_text(const OptionSpec&, const std::string& value, Job& job, Diagnostics&) {
  field_of<field>(job) = value;
  return true;
}

bool ask_for_help(const OptionSpec&, const std::string&, Job& job, Diagnostics&) {
  job.command = Command::help;
  return true;
}

bool ask_for_version(const OptionSpec&, const std::string&, Job& job, Diagnostics&) {
  job.command = Command::version;
  return true;
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

bool set_jobs(const OptionSpec&, const std::string& value, Job& job, Diagnostics& diagnostics) {
  if (auto parsed = whole_number(value, 1, 1024)) {
    job.jobs = *parsed;
    return true;
  }
  usage_error(diagnostics, "-j takes a number of threads from 1 to 1024, not '" + value + "'",
              "leave -j out to use one thread per processor");
  return false;
}

bool set_page_budget(const OptionSpec&, const std::string& value, Job& job,
                     Diagnostics& diagnostics) {
  if (auto parsed = whole_number(value, 1, 10000)) {
    job.document.fit_pages = *parsed;
    return true;
  }
  usage_error(diagnostics,
              "--fit-pages takes a number of pages from 1 to 10000, not '" + value + "'",
              "for example: --fit-pages 2 (one sheet, both sides)");
  return false;
}

bool set_print_value(const OptionSpec& option, const std::string& value, Job& job,
                     Diagnostics& diagnostics) {
  return read_print_option(std::string(option.name), value, job.document.print, diagnostics);
}

bool set_limit_value(const OptionSpec& option, const std::string& value, Job& job,
                     Diagnostics& diagnostics) {
  return set_limit(*find_limit_option(option.name), value, job.document.limits, diagnostics);
}

constexpr CommandSet kRender = command_bit(Command::render);
constexpr CommandSet kCheck = command_bit(Command::check);
constexpr CommandSet kBuild = command_bit(Command::build);
constexpr CommandSet kWatch = command_bit(Command::watch);

// In the order "did you mean" has always compared them (a tie goes to the first).
const OptionSpec kOptions[] = {
    {"--template", "-t", "TEMPLATE", kDocumentCommands, OptionGroup::general,
     "a bundled template's name (handout, reference-sheet, cards: see 'handout templates') or the "
     "path of a template file; default: the data's 'template' key, else 'handout'",
     Refusal::files, set_text<&DocumentOptions::template_choice>},
    {"--output", "-o", "OUT", kRender | kBuild | kWatch, OptionGroup::general,
     "where to write the PDF; default: output/<data file stem>.pdf (folders are created; the "
     "file is replaced atomically); -o - writes it to the standard output. build: the output "
     "folder (default: output/)",
     Refusal::files, set_text<&Job::output_path>, true},
    {"--quiet", "-q", "", kAllCommands, OptionGroup::general,
     "print nothing but problems (build: and the summary)", Refusal::plain, set_flag<&Job::quiet>},
    {"--help", "-h", "", kAllCommands, OptionGroup::about,
     "show this help (after a command: that command's)", Refusal::plain, ask_for_help},
    {"--version", "-V", "", kAllCommands, OptionGroup::about, "show the version", Refusal::plain,
     ask_for_version},
    {"--jobs", "-j", "N", kBatchCommands, OptionGroup::batch,
     "documents rendered at once (default: one per processor)", Refusal::batch, set_jobs, false,
     true},
    {"--fail-fast", "", "", kBatchCommands, OptionGroup::batch,
     "start no more documents after the first failure", Refusal::batch, set_flag<&Job::fail_fast>},
    {"--verbose", "-v", "", kBatchCommands, OptionGroup::batch,
     "one line per document, even on a terminal", Refusal::batch, set_flag<&Job::verbose>},
    {"--report", "", "FILE.json", kBatchCommands, OptionGroup::batch,
     "per document: inputs, output, pages, bytes, milliseconds, warnings and errors; and the "
     "totals",
     Refusal::batch, set_text<&Job::report_path>},
    {"--depfile", "", "FILE", kRender | kBuild, OptionGroup::general,
     "write the inputs of each output (data, template, partials, figures, fonts) as Makefile "
     "rules, for make and Ninja",
     Refusal::plain, set_text<&Job::depfile_path>, true},
    {"--shard", "", "K/N|auto", kBatchCommands, OptionGroup::batch,
     "K/N: only the documents whose index (sorted by output path) is K-1 modulo N, to split a "
     "build across N machines; auto: K and N from CI_NODE_INDEX/CI_NODE_TOTAL (GitLab), else "
     "JOB_COMPLETION_INDEX (0-based, Kubernetes) with the total from --shard-total N or "
     "HANDOUT_SHARD_TOTAL",
     Refusal::batch, set_text<&Job::shard>},
    {"--shard-total", "", "N", kBatchCommands, OptionGroup::batch,
     "the number of shards for --shard auto, when the environment does not say", Refusal::batch,
     set_text<&Job::shard_total>},
    {"--each", "", "PATH", kBatchCommands, OptionGroup::batch,
     "one document per element of the list at PATH of ONE data file: the element's fields over "
     "the file's top-level fields",
     Refusal::batch, set_text<&Job::each_path>},
    {"--name", "", "PATTERN", kBatchCommands, OptionGroup::batch,
     "the output name of each --each document, e.g. \"{{slug title}}\" (default: <data "
     "stem>-<number>)",
     Refusal::batch, set_text<&Job::name_pattern>},
    {"--root", "", "DIR", kDocumentCommands, OptionGroup::general,
     "the folder under which the data and template may read files (figures, partials, fonts, a "
     "template the data names); default: the data file's folder. The bundled templates and "
     "fonts, and the folder of a -t template file, are always readable; absolute paths, '..' "
     "and symbolic links that lead out of them are refused (docs/ci.md, \"Untrusted input\")",
     Refusal::files, set_text<&DocumentOptions::root_folder>},
    {"--fit-pages", "", "N", kDocumentCommands, OptionGroup::general,
     "the document must fit in N pages: the template's fit steps (or, without any, text size "
     "down to 85%, leading to 90%, figures to 50%) are taken in order as far as needed; fails if "
     "still over",
     Refusal::plain, set_page_budget},
    {"--werror", "", "", kDocumentCommands, OptionGroup::general,
     "treat warnings (a missing glyph, a figure below 150 dpi, a word broken inside, ...) as "
     "errors: the document fails with exit code 1 and nothing is written; in a batch, per "
     "document (see docs/errors.md)",
     Refusal::werror, set_flag<&DocumentOptions::warnings_are_errors>},
    {"--grayscale", "", "", kDocumentCommands, OptionGroup::general,
     "print every colour and every image in grey, for a monochrome printer, and warn about "
     "template colours that look alike in grey (see docs/printing.md)",
     Refusal::files, set_flag<&DocumentOptions::grayscale>},
    {"--impose", "", "MODE", kDocumentCommands, OptionGroup::print,
     "how pages go on the printed sheets: none, 2up (two pages side by side on a sheet twice "
     "their size), booklet (saddle-stitch order, padded to a multiple of 4), cards (a card "
     "grid's sheets with cut marks, each followed by its backs, mirrored for duplex) (default: "
     "the template's 'impose', else none)",
     Refusal::print, set_print_value},
    {"--bleed", "", "LENGTH", kDocumentCommands, OptionGroup::print,
     "e.g. 3mm: the page colour and bleed figures reach this far past the trim; the PDF gets a "
     "BleedBox (default: the template's, else 0)",
     Refusal::print, set_print_value},
    {"--marks", "", "", kDocumentCommands, OptionGroup::print,
     "crop marks outside the trim at each corner, on media grown to hold them", Refusal::print,
     set_flag<&PrintOverrides::marks>},
    {"--duplex", "", "", kDocumentCommands, OptionGroup::print,
     "printed on both sides: margins mirrored on even pages, blank pages before 'page-break: "
     "right', inner/outer slots swapped",
     Refusal::print, set_flag<&PrintOverrides::duplex>},
    {"--preflight", "", "", kCheck, OptionGroup::general,
     "report, page by page, what matters on paper: words broken inside, lines past their "
     "column, loose lines, headings moved to stay with their text, figures' resolution (under "
     "150 dpi: a warning) and alt text, missing glyphs, sRGB colour in a CMYK or grey job, the "
     "fonts and how they are embedded, the page budget (docs/printing.md, \"Preflight\"); with "
     "--werror any warning in it fails the document",
     Refusal::preflight, set_flag<&DocumentOptions::preflight>},
    {"--json", "", "", kCheck, OptionGroup::general,
     "with --preflight, the report as JSON on the standard output", Refusal::plain,
     set_flag<&Job::json>},
    {"--page-size", "", "SIZE", kDocumentCommands, OptionGroup::print,
     "A3, A4, A5, A6, Letter, Legal or Half-Letter, turned as the template's page is: e.g. A5 "
     "pages for a booklet or 2up on A4 sheets (default: the template's size)",
     Refusal::print, set_print_value},
    {kMaxPagesOption, "", "N", kDocumentCommands, OptionGroup::limits,
     "pages of one document (default: 1000)", Refusal::limits, set_limit_value},
    {kMaxBlocksOption, "", "N", kDocumentCommands, OptionGroup::limits,
     "blocks, list entries, table cells, section repetitions and inline marks the template "
     "makes from one document's data, each element an 'each' goes through counting too "
     "(default: 50000)",
     Refusal::limits, set_limit_value},
    {kMaxMegapixelsOption, "", "N", kDocumentCommands, OptionGroup::limits,
     "pixels of one figure, width x height, read from its header before decoding (default: 50; "
     "decimals allowed, e.g. 2.5)",
     Refusal::limits, set_limit_value},
    {kMaxImageSizeOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "bytes of one figure file (default: 100M)", Refusal::limits, set_limit_value},
    {kMaxImageMemoryOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "memory reading one figure may take, from its header; an eighth of it is what all of a "
     "document's figures keep (default: 256M)",
     Refusal::limits, set_limit_value},
    {kMaxParagraphSizeOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "text set as one paragraph, heading, list entry, table cell or caption (default: 64K)",
     Refusal::limits, set_limit_value},
    {kMaxInputSizeOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "bytes of a data file, template or included file, and of the text a YAML file's aliases "
     "expand to (default: 4M)",
     Refusal::limits, set_limit_value},
    {kMaxFontSizeOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "bytes of one font file, checked before it is read (default: 64M, at most 2047M)",
     Refusal::limits, set_limit_value},
    {kMaxTextSizeOption, "", "SIZE", kDocumentCommands, OptionGroup::limits,
     "bytes of text the template expands to for one document: a text each time it is filled, a "
     "section each time it repeats, every value filled in (default: 4M; SIZE is bytes or a "
     "number with K, M or G, powers of 1024)",
     Refusal::limits, set_limit_value},
    {kMaxYamlDepthOption, "", "N", kDocumentCommands, OptionGroup::limits,
     "lists and mappings nested inside each other in a YAML file (default: 64, at most 400)",
     Refusal::limits, set_limit_value},
    {kMaxYamlValuesOption, "", "N", kDocumentCommands, OptionGroup::limits,
     "values a YAML file expands to, each alias (*name) counting the values it repeats; a "
     "template counts with the files it includes (default: 250000)",
     Refusal::limits, set_limit_value},
};

const CommandSpec kCommands[] = {
    {"render", Command::render,
     "  handout                                   render the bundled example to\n"
     "                                            output/rust-is-used-for.pdf\n"
     "  handout render DATA.yaml [-t TEMPLATE] [-o OUT.pdf] [--root DIR] [--werror] [print "
     "options]\n"
     "                                            render one document\n"},
    {"check", Command::check,
     "  handout check DATA... [-t TEMPLATE] [--root DIR] [--werror] [--preflight [--json]]\n"
     "                                            load, validate and lay out; write nothing\n"
     "                                            (many documents: as 'build' does, see below)\n"},
    {"build", Command::build,
     "  handout build DATA... [-t TEMPLATE] [-o OUTDIR] [-j N] [--fail-fast]\n"
     "                [--quiet|--verbose] [--report FILE.json] [--depfile FILE]\n"
     "                [--shard K/N|auto] [--each PATH [--name PATTERN]] [--root DIR]\n"
     "                                            render many documents in one process: DATA are\n"
     "                                            data files, folders (every .yaml/.yml inside)\n"
     "                                            or globs; OUTDIR/<stem>.pdf each, keeping the\n"
     "                                            folders under a folder argument (default "
     "OUTDIR:\n"
     "                                            output/); a failed document is reported and the\n"
     "                                            rest are built\n"},
    {"watch", Command::watch,
     "  handout watch DATA.yaml [-t TEMPLATE] [-o OUT.pdf] [--root DIR]\n"
     "                                            render, then render again whenever the data,\n"
     "                                            the template, a partial or a figure changes;\n"
     "                                            problems are printed and watching goes on\n"
     "                                            (Ctrl-C stops)\n"},
    {"templates", Command::templates,
     "  handout templates                         list the bundled templates\n"},
    {"init", Command::init,
     "  handout init NAME [FOLDER]                copy the bundled template NAME (and its\n"
     "                                            partials) into FOLDER (default: the working\n"
     "                                            folder) as NAME.yaml, to start your own;\n"
     "                                            never overwrites a file\n"},
    {"help", Command::help,
     "  handout help [COMMAND]                    this help, or a command's usage and the\n"
     "                                            options it takes (also: handout COMMAND "
     "--help)\n"},
    {"version", Command::version, "  handout --help | --version\n"},
};

bool joins_value(std::string_view argument, std::string_view name) {
  return argument.size() > name.size() && argument.starts_with(name) &&
         argument[name.size()] == '=';
}

bool is_option(std::string_view argument, const OptionSpec& option) {
  if (argument == option.name) return true;
  if (!option.short_name.empty() && argument == option.short_name) return true;
  if (option.value_name.empty()) return false;
  if (joins_value(argument, option.name)) return true;
  return option.value_joins_short && argument.size() > option.short_name.size() &&
         argument.starts_with(option.short_name);
}

}  // namespace

std::span<const OptionSpec> option_table() { return kOptions; }

const OptionSpec* find_option(std::string_view argument) {
  for (const OptionSpec& option : kOptions) {
    if (is_option(argument, option)) return &option;
  }
  return nullptr;
}

bool takes_option(Command command, const OptionSpec& option) {
  return (option.commands & command_bit(command)) != 0;
}

std::string_view name_in_messages(const OptionSpec& option) {
  return option.value_name.empty() || option.short_name.empty() ? option.name : option.short_name;
}

std::span<const CommandSpec> command_table() { return kCommands; }

const CommandSpec& command_spec(Command command) {
  return *std::find_if(std::begin(kCommands), std::end(kCommands),
                       [command](const CommandSpec& spec) { return spec.command == command; });
}

}  // namespace handout
