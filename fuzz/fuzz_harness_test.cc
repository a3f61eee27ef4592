// The fuzz_cli harness's own parts: how an input becomes arguments and files, what the scratch
// folder notices, and what the checks accept and refuse. A check that accepts everything would
// let the fuzzer run without finding anything.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli_input.h"
#include "fuzz_checks.h"
#include "scratch_folder.h"

namespace handout::fuzz {
namespace {

namespace fs = std::filesystem;

bool usable(std::string_view input) { return read_command_line_input(input).has_value(); }

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_all(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A PDF of the shape libharu writes: its startxref gives the offset of the xref table.
std::string small_pdf() {
  std::string pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n";
  const size_t xref = pdf.size();
  pdf += "xref\n0 2\ntrailer\n<< >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

bool exists_here(const std::string& path) {
  return path == "out/a.pdf" || path == "out/b c#$.pdf" || path == "data.yaml";
}

TEST_CASE("an input's first line is the arguments, quotes keep spaces") {
  auto input = read_command_line_input(
      "build docs -o out --name \"{{slug title}}\" -j 2\t'a b'\n#%docs/one.yaml\ntitle: One\n");
  REQUIRE(input);
  CHECK(input->arguments == std::vector<std::string>{"build", "docs", "-o", "out", "--name",
                                                     "{{slug title}}", "-j", "2", "a b"});
  REQUIRE(input->files.size() == 1);
  CHECK(input->files[0].path == "docs/one.yaml");
  CHECK(input->files[0].bytes == "title: One\n");
}

TEST_CASE("the bytes before the first marker are data.yaml; each file keeps its own bytes") {
  auto input = read_command_line_input("check data.yaml\ntitle: T\n\n#%empty.yaml\n#%fig.png\nPNG");
  REQUIRE(input);
  REQUIRE(input->files.size() == 3);
  CHECK(input->files[0].path == "data.yaml");
  CHECK(input->files[0].bytes == "title: T\n");
  CHECK(input->files[1].path == "empty.yaml");
  CHECK(input->files[1].bytes.empty());
  CHECK(input->files[2].path == "fig.png");
  CHECK(input->files[2].bytes == "PNG");
  auto without_files = read_command_line_input("templates");
  REQUIRE(without_files);
  CHECK(without_files->files.empty());
}

TEST_CASE("arguments that lead out of the run's folder are not runs") {
  CHECK_FALSE(usable("render data.yaml -o /tmp/x.pdf\n"));
  CHECK_FALSE(usable("render data.yaml --output=/tmp/x.pdf\n"));
  CHECK_FALSE(usable("render data.yaml -o ../x.pdf\n"));
  CHECK_FALSE(usable("build docs --depfile=out/../../x.d\n"));
  CHECK_FALSE(usable(std::string_view("render data.yaml\0x\n", 18)));
  CHECK(usable("render /dev/stdin -o -\n"));
  CHECK(usable("render data.yaml -o out/x..pdf\n"));
  // Refusing a --name that leads out is handout's job, which the fuzzer is to try.
  CHECK(usable("build data.yaml --each items --name ../../{{title}}\n"));
  CHECK(usable("build data.yaml --each items --name=/tmp/{{title}}\n"));
}

TEST_CASE("file paths are plain relative paths, each once") {
  CHECK_FALSE(usable("check a.yaml\n#%/etc/passwd\nx"));
  CHECK_FALSE(usable("check a.yaml\n#%a/../b.yaml\nx"));
  CHECK_FALSE(usable("check a.yaml\n#%a//b.yaml\nx"));
  CHECK_FALSE(usable("check a.yaml\n#%a.yaml\nx\n#%a.yaml\ny"));
  CHECK(usable("check a.yaml\n#%a b$#:\x1b.yaml\nx"));
}

TEST_CASE("mutated bytes are made text again, at the same length") {
  using namespace std::string_literals;
  std::string bytes = "ok \xc3\xa9 \xf0\x9f\x87\xba \xff\xc3 x\0y \xed\xa0\x80 \xef\xbf\xbd"s;
  const size_t length = bytes.size();
  make_text(bytes);
  CHECK(bytes.size() == length);
  CHECK(bytes == "ok \xc3\xa9 \xf0\x9f\x87\xba ?? x y ??? \xef\xbf\xbd");
}

TEST_CASE("a whole PDF passes; a cut, headless or misindexed one does not") {
  const std::string pdf = small_pdf();
  CHECK(pdf_structure_problem(pdf).empty());
  CHECK(pdf_structure_problem(pdf.substr(0, pdf.size() - 7)) == "no %%EOF at the end");
  CHECK(pdf_structure_problem(pdf.substr(1)) == "no PDF header");
  std::string moved = pdf;
  moved.insert(9, "% a comment that moves the table\n");
  CHECK(pdf_structure_problem(moved).find("where no xref table starts") != std::string::npos);
}

TEST_CASE("a dependency file must be rules for files that exist") {
  CHECK(depfile_problem("", exists_here).empty());
  CHECK(depfile_problem("out/a.pdf: data.yaml fonts/x.ttf\n", exists_here).empty());
  CHECK(depfile_problem("out/b\\ c\\#$$.pdf: data.yaml\n", exists_here).empty());
  CHECK(depfile_problem("-: data.yaml\n", exists_here).empty());
  // An --each name with a newline splits the rule; make runs the tab line as a command.
  CHECK_FALSE(depfile_problem("out/a\n\ttouch PWNED;:.pdf: data.yaml\n", exists_here).empty());
  CHECK_FALSE(depfile_problem("out/a.pdf: data.yaml", exists_here).empty());
  CHECK_FALSE(depfile_problem("out/a.pdf:data.yaml\n", exists_here).empty());
}

TEST_CASE("control characters in messages are found, text is not") {
  CHECK(control_character_problem("data.yaml:3:5: error: unknown key 'é'\n\thint\n").empty());
  CHECK(control_character_problem("unknown key '\x1b[2J'\n") ==
        "a control character at byte 13: 'unknown key '\\x1B[2J'\\x0A'");
  CHECK_FALSE(control_character_problem("a\rb").empty());
  CHECK_FALSE(control_character_problem("a\x7f").empty());
  CHECK_FALSE(control_character_problem("CSI \xc2\x9b").empty());  // U+009B
}

TEST_CASE("the scratch folder sees reads, replacements, in-place writes and leftovers") {
  ScratchFolder scratch;
  REQUIRE(scratch.prepare({{"data.yaml", "title: T\n"},
                           {"docs/figure.png", "PNG"},
                           {"unread.yaml", "x: 1\n"},
                           {"notes.txt", "kept\n"}}));
  const std::string run = scratch.run_folder();
  CHECK(read_all(run + "/data.yaml") == "title: T\n");  // read, then replaced
  write_all(run + "/new.pdf", "%PDF");
  fs::rename(run + "/new.pdf", run + "/data.yaml");
  CHECK(read_all(run + "/docs/figure.png") == "PNG");  // read and left alone
  write_all(run + "/unread.yaml", "overwritten in place\n");
  fs::create_directories(run + "/out");
  write_all(run + "/out/.a.pdf.tmp-AbC123", "");
  RunTrace trace = scratch.trace();
  REQUIRE(trace.inputs.size() == 4);
  CHECK(trace.inputs[0].read);
  CHECK(trace.inputs[0].replaced);
  CHECK_FALSE(trace.inputs[0].written_in_place);
  CHECK(trace.inputs[1].read);
  CHECK_FALSE(trace.inputs[1].replaced);
  CHECK_FALSE(trace.inputs[2].read);
  CHECK(trace.inputs[2].written_in_place);
  CHECK_FALSE(trace.inputs[3].read);
  CHECK(trace.written ==
        std::vector<std::string>{"data.yaml", "out/.a.pdf.tmp-AbC123", "unread.yaml"});
  CHECK(trace.temporaries == std::vector<std::string>{"out/.a.pdf.tmp-AbC123"});
  CHECK(trace.outside_change.empty());

  REQUIRE(scratch.prepare({{"data.yaml", "title: T\n"}}));
  write_all(scratch.run_folder() + "/../escaped.pdf", "%PDF");
  CHECK_FALSE(scratch.trace().outside_change.empty());
  REQUIRE(scratch.prepare({{"data.yaml", "title: T\n"}}));
  CHECK(scratch.trace().outside_change.empty());  // the next run starts clean
}

}  // namespace
}  // namespace handout::fuzz
