#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/input_files.h"
#include "app/template_catalog.h"
#include "app/template_copy.h"
#include "app/template_lookup.h"
#include "app_test_support.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {
BundledFiles source_tree() { return {HANDOUT_SOURCE_DIR}; }

const Diagnostic& first_error(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity == Severity::error) return diagnostic;
  }
  static const Diagnostic none;
  return none;
}

}  // namespace

TEST_CASE("app: the bundled templates are found by name, sorted") {
  std::vector<std::string> names = bundled_template_names(source_tree());
  CHECK(names == std::vector<std::string>{"cards", "handout", "reference-sheet"});
  CHECK(bundled_template_names(BundledFiles{}).empty());
}

TEST_CASE("app: the template list aligns descriptions and shows a broken template's problem") {
  std::string text = template_list_text({{"cards", "c.yaml", "A grid of cards", ""},
                                         {"reference-sheet", "r.yaml", "Dense", ""},
                                         {"x", "x.yaml", "", "x.yaml:3:1: unknown key"}});
  CHECK(text ==
        "  cards            A grid of cards\n"
        "  reference-sheet  Dense\n"
        "  x                (does not load: x.yaml:3:1: unknown key)\n");
}

TEST_CASE("app: a bare name is a bundled template, anything else a path") {
  CHECK(is_bundled_template_name("cards"));
  CHECK_FALSE(is_bundled_template_name("cards.yaml"));
  CHECK_FALSE(is_bundled_template_name("my.yml"));
  CHECK_FALSE(is_bundled_template_name("layouts/cards"));
}

TEST_CASE("app: init copies a bundled template and never overwrites") {
  fs::path folder = fresh_folder("handout-init-test");
  Diagnostics diagnostics;
  auto written = copy_bundled_template("cards", folder.string(), source_tree(), diagnostics);
  REQUIRE(written.size() >= 1);
  CHECK(written[0] == (folder / "cards.yaml").string());
  CHECK(fs::file_size(written[0]) == fs::file_size(HANDOUT_SOURCE_DIR "/templates/cards.yaml"));

  Diagnostics again;
  CHECK(copy_bundled_template("cards", folder.string(), source_tree(), again).empty());
  REQUIRE(again.has_errors());
  CHECK(first_error(again).message ==
        "'" + (folder / "cards.yaml").string() +
            "' already exists; 'handout init' never overwrites a file");
  CHECK(again.worst_failure() == FailureKind::cannot_write);

  Diagnostics unknown;
  CHECK(copy_bundled_template("crads", folder.string(), source_tree(), unknown).empty());
  REQUIRE(unknown.has_errors());
  REQUIRE_FALSE(first_error(unknown).hints.empty());
  CHECK(first_error(unknown).hints[0] == "did you mean 'cards'?");
  fs::remove_all(folder);
}

TEST_CASE("app: the figures of a document are its input files, nested ones included") {
  DocTree document;
  FigureBlock figure;
  figure.image_path = "a.png";
  document.blocks.push_back(figure);
  GroupBlock group;
  figure.image_path = "b.png";
  group.blocks.push_back(figure);
  group.blocks.push_back(figure);  // the same file twice is watched once
  document.blocks.push_back(group);
  CalloutBlock callout;
  figure.image_path = "c.png";
  callout.blocks.push_back(figure);
  document.blocks.push_back(callout);
  CHECK(figure_files(document) == std::vector<std::string>{"a.png", "b.png", "c.png"});

  std::vector<std::string> files{"data.yaml"};
  add_input_files(files, {"t.yaml", "data.yaml", "a.png"});
  CHECK(files == std::vector<std::string>{"data.yaml", "t.yaml", "a.png"});
}
