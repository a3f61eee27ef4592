#include <doctest/doctest.h>

#include <fstream>

#include "app/batch_each.h"
#include "app/batch_inputs.h"
#include "app_test_support.h"

using namespace handout;

namespace {
void write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::vector<std::string> outputs_of(const std::vector<BatchDocument>& documents) {
  std::vector<std::string> outputs;
  for (const BatchDocument& document : documents) outputs.push_back(document.output_path);
  return outputs;
}
}  // namespace

TEST_CASE("batch inputs: a folder is every .yaml/.yml inside, sorted, keeping sub-folders") {
  auto folder = fresh_folder("handout-batch-inputs");
  write(folder / "b.yaml", "title: B\n");
  write(folder / "a.yml", "title: A\n");
  write(folder / "notes.txt", "not data\n");
  write(folder / "sub" / "c.yaml", "title: C\n");
  Diagnostics diagnostics;
  auto documents = expand_batch_inputs({folder.string()}, "out", diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(outputs_of(documents) ==
        std::vector<std::string>{"out/a.pdf", "out/b.pdf", "out/sub/c.pdf"});
  CHECK(documents[2].data_path == (folder / "sub" / "c.yaml").string());
}

TEST_CASE("batch inputs: globs are expanded when the shell did not; a file is taken once") {
  auto folder = fresh_folder("handout-batch-glob");
  write(folder / "x1.yaml", "title: 1\n");
  write(folder / "x2.yaml", "title: 2\n");
  write(folder / "y.yaml", "title: y\n");
  Diagnostics diagnostics;
  auto documents = expand_batch_inputs(
      {(folder / "x*.yaml").string(), (folder / "x1.yaml").string()}, "output", diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(outputs_of(documents) == std::vector<std::string>{"output/x1.pdf", "output/x2.pdf"});

  Diagnostics nothing;
  expand_batch_inputs({(folder / "z*.yaml").string()}, "output", nothing);
  CHECK(nothing.error_count() == 1);
  CHECK(nothing.all()[0].message == "no file matches this pattern");
}

TEST_CASE("batch inputs: two documents with the same output are refused, naming both") {
  auto folder = fresh_folder("handout-batch-collide");
  write(folder / "one" / "a.yaml", "title: 1\n");
  write(folder / "two" / "a.yaml", "title: 2\n");
  Diagnostics diagnostics;
  auto documents = expand_batch_inputs(
      {(folder / "one" / "a.yaml").string(), (folder / "two" / "a.yaml").string()}, "output",
      diagnostics);
  REQUIRE(documents.size() == 2);
  CHECK_FALSE(check_distinct_outputs(documents, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  const std::string& message = diagnostics.all()[0].message;
  CHECK(message.find("output/a.pdf") != std::string::npos);
  CHECK(message.find((folder / "one" / "a.yaml").string()) != std::string::npos);
  CHECK(message.find((folder / "two" / "a.yaml").string()) != std::string::npos);
}

TEST_CASE("batch each: records merge over the top-level fields and get their names") {
  auto folder = fresh_folder("handout-batch-each");
  write(folder / "course.yaml",
        "title: Course\nauthor: Ann\nlang: de\nlessons:\n"
        "  - title: First Steps\n  - title: Second\n    author: Bob\n");
  Diagnostics diagnostics;
  auto documents = expand_each((folder / "course.yaml").string(), "lessons", "{{slug title}}",
                               "out", {}, diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(documents.size() == 2);
  CHECK(outputs_of(documents) == std::vector<std::string>{"out/first-steps.pdf", "out/second.pdf"});
  CHECK(documents[0].data->title.text == "First Steps");
  CHECK(documents[0].data->author.text == "Ann");
  CHECK(documents[1].data->author.text == "Bob");
  CHECK(documents[1].data->lang.text == "de");
  CHECK(documents[1].data->tree.field("lessons") == nullptr);  // the list itself is left out
  CHECK(documents[1].label.find("(record 2)") != std::string::npos);
  CHECK(documents[1].where.line == 6);
}

TEST_CASE("batch each: a missing list, a list of texts and colliding names are errors") {
  auto folder = fresh_folder("handout-batch-each-bad");
  write(folder / "c.yaml", "lessons:\n  - title: A b\n  - title: a-B\nnames: [x]\n");
  const std::string file = (folder / "c.yaml").string();
  Diagnostics missing;
  expand_each(file, "lesons", "", "out", {}, missing);
  REQUIRE(missing.error_count() == 1);
  CHECK(missing.all()[0].hints[0] == "did you mean 'lessons'?");
  Diagnostics texts;
  expand_each(file, "names", "", "out", {}, texts);
  CHECK(texts.error_count() == 1);
  Diagnostics colliding;
  auto documents = expand_each(file, "lessons", "{{slug title}}", "out", {}, colliding);
  CHECK(colliding.all().empty());
  CHECK_FALSE(check_distinct_outputs(documents, colliding));
  CHECK(colliding.all()[0].where.line == 3);
  Diagnostics unclosed;
  CHECK(expand_each(file, "lessons", "{{title", "out", {}, unclosed).empty());
  REQUIRE(unclosed.error_count() == 1);  // the pattern, once, not once per record
  CHECK(unclosed.worst_failure() == FailureKind::bad_usage);
}
