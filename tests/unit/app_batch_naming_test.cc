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

TEST_CASE("batch depfile: spaces and '#' are escaped with a backslash, '$' doubled") {
  CHECK(depfile_escaped("my file#1$x.yaml") == "my\\ file\\#1$$x.yaml");
  CHECK(depfile_rule("out/a b.pdf", {"a.yaml", "t.yaml", "a.yaml"}) ==
        "out/a\\ b.pdf: a.yaml t.yaml\n");
}
