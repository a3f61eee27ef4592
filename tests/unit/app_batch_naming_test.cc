#include <doctest/doctest.h>

#include "app/batch_depfile.h"
#include "app/batch_naming.h"
#include "load/data_loader.h"

using namespace handout;

namespace {
DataNode tree_of(const char* yaml) {
  Diagnostics diagnostics;
  auto data = load_data_text(yaml, "records.yaml", diagnostics);
  REQUIRE(data);
  return data->tree;
}
}  // namespace

TEST_CASE("batch naming: slug lowercases, joins runs of other characters with one '-', trims") {
  CHECK(slug("Rust: Fast & Safe!") == "rust-fast-safe");
  CHECK(slug("  --Hello__World--  ") == "hello-world");
  CHECK(slug("Crème brûlée 2024") == "cr-me-br-l-e-2024");
  CHECK(slug("ABC") == "abc");
  CHECK(slug("!!!").empty());
}

TEST_CASE("batch naming: --name interpolates fields, slugs, index and stem") {
  DataNode scope = tree_of("title: Ownership & Borrowing\nunit:\n  code: R-101\n");
  Diagnostics diagnostics;
  auto name = output_name("{{stem}}-{{index}}-{{slug title}}-{{ unit.code }}", scope, 7, "course",
                          {}, diagnostics);
  REQUIRE(name);
  CHECK(*name == "course-7-ownership-borrowing-R-101");
  CHECK(diagnostics.all().empty());
}

TEST_CASE("batch naming: a field of the data named index wins over the record number") {
  DataNode scope = tree_of("index: A\n");
  Diagnostics diagnostics;
  CHECK(output_name("{{index}}", scope, 3, "s", {}, diagnostics) ==
        std::optional<std::string>("A"));
}

TEST_CASE("batch naming: a missing field is an error at the record with a suggestion") {
  DataNode scope = tree_of("title: T\n");
  Diagnostics diagnostics;
  CHECK_FALSE(output_name("{{slug titel}}", scope, 1, "s", {"records.yaml", 4, 5}, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].where.line == 4);
  CHECK(diagnostics.all()[0].hints[0] == "did you mean 'title'?");
}

TEST_CASE("batch naming: empty names and names that leave the output folder are refused") {
  DataNode scope = tree_of("title: '!!'\npath: ../up\nlist: [1]\n");
  for (const char* pattern : {"{{slug title}}", "{{path}}", "/abs", "{{list}}", "{{title"}) {
    Diagnostics diagnostics;
    CHECK_FALSE(output_name(pattern, scope, 1, "s", {}, diagnostics));
    CHECK(diagnostics.has_errors());
  }
}

TEST_CASE("batch naming: a name with a control character is refused, naming the record") {
  DataNode scope = tree_of("title: \"two\\n\\ttouch PWNED\"\nesc: \"a\\eb\"\nc1: \"a\\u0085\"\n");
  for (const char* pattern : {"{{title}}", "{{esc}}", "{{c1}}"}) {
    Diagnostics diagnostics;
    CHECK_FALSE(output_name(pattern, scope, 2, "s", {"records.yaml", 4, 5}, diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].message.find("which has a control character") != std::string::npos);
  }
  Diagnostics diagnostics;  // its slug is a fine name
  CHECK(output_name("{{slug title}}", scope, 2, "s", {}, diagnostics) ==
        std::optional<std::string>("two-touch-pwned"));
}

TEST_CASE("batch naming: an output named after a data file with a control character is refused") {
  Diagnostics diagnostics;
  CHECK(check_output_named_after("output/a b.pdf", "a b.yaml", diagnostics));
  CHECK_FALSE(check_output_named_after("output/a\nb.pdf", "a\nb.yaml", diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].where.file == "a\nb.yaml");
}

TEST_CASE("batch depfile: spaces, '#' and ':' are escaped with a backslash, '$' doubled") {
  CHECK(depfile_escaped("my file#1$x:y.yaml") == "my\\ file\\#1$$x\\:y.yaml");
  CHECK(depfile_rule("out/a b.pdf", {"a.yaml", "t.yaml", "a.yaml"}) ==
        "out/a\\ b.pdf: a.yaml t.yaml\n");
}

TEST_CASE("batch depfile: paths make or Ninja would read as more than a file name are refused") {
  CHECK_FALSE(depfile_refusal("data/a b#c$d:e (1) [x] 100%.png"));
  CHECK_FALSE(depfile_refusal("caf\u00e9.png"));
  for (const char* path : {"fig.png\n\ttouch PWNED", "a\tb", "a\rb", "a\x1b", "a\x7f", "a\u0085"}) {
    REQUIRE(depfile_refusal(path));
    CHECK(depfile_refusal(path)->find("control character") != std::string::npos);
  }
  CHECK(depfile_refusal("a;touch PWNED")->find("';'") != std::string::npos);
  CHECK(depfile_refusal("a|b")->find("'|'") != std::string::npos);
  CHECK(depfile_refusal("SHELL=x")->find("'='") != std::string::npos);
  CHECK(depfile_refusal("a\\b")->find("'\\'") != std::string::npos);
}

TEST_CASE("batch depfile: the check names each path that cannot be written, output and inputs") {
  Diagnostics diagnostics;
  CHECK(check_depfile_paths("out/a.pdf", {"a.yaml", "a b.png"}, diagnostics));
  CHECK_FALSE(check_depfile_paths("out/a;b.pdf", {"a.yaml", "x\ny.png"}, diagnostics));
  REQUIRE(diagnostics.error_count() == 2);
  CHECK(diagnostics.all()[0].kind == FailureKind::bad_usage);  // the output: the command line's
  CHECK(diagnostics.all()[1].kind == FailureKind::bad_input);  // a file the inputs name
  CHECK(diagnostics.all()[1].message.find("'x\ny.png'") != std::string::npos);
}
