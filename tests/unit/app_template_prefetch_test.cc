#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/template_prefetch.h"

namespace handout {
namespace {

// A data file in a fresh folder with `text`; returns its path.
std::string data_file_with(const std::string& name, const std::string& text) {
  const auto folder = std::filesystem::temp_directory_path() / "handout-prefetch-test";
  std::filesystem::create_directories(folder);
  const std::string path = (folder / name).string();
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("template prefetch: guesses the template find_template_file will choose") {
  const BundledFiles bundled{"/bundle"};
  Job job;
  const std::string plain = data_file_with("plain.yaml", "title: A\nitems: []\n");
  CHECK(likely_template_path(job, plain, bundled) == "/bundle/templates/handout.yaml");

  const std::string named = data_file_with("named.yaml", "title: A\ntemplate: 'cards'  \n");
  CHECK(likely_template_path(job, named, bundled) == "/bundle/templates/cards.yaml");

  const std::string own = data_file_with("own.yaml", "template: layouts/mine.yaml\ntitle: A\n");
  CHECK(likely_template_path(job, own, bundled) ==
        (std::filesystem::path(own).parent_path() / "layouts/mine.yaml").string());

  // An anchor, a flow value or a nested key: no guess (the parsed data decides).
  const std::string odd = data_file_with("odd.yaml", "template: &t handout\ntitle: *t\n");
  CHECK(likely_template_path(job, odd, bundled).empty());
  const std::string nested = data_file_with("nested.yaml", "meta:\n  template: cards\n");
  CHECK(likely_template_path(job, nested, bundled) == "/bundle/templates/handout.yaml");

  job.document.template_choice = "reference-sheet";
  CHECK(likely_template_path(job, named, bundled) == "/bundle/templates/reference-sheet.yaml");
  job.document.template_choice = "my/template.yaml";
  CHECK(likely_template_path(job, named, bundled) == "my/template.yaml");
  CHECK(likely_template_path(job, named, BundledFiles{}).empty());
}

}  // namespace handout
