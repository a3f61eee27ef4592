#include <doctest/doctest.h>

#include <filesystem>

#include "app/command_line.h"
#include "app/document_root.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

const std::string kSource = HANDOUT_SOURCE_DIR;
const BundledFiles kBundled{kSource};

std::string canonical(const std::string& path) { return fs::canonical(path).string(); }

}  // namespace

TEST_CASE("document root: the data file's folder, and the bundled templates and fonts") {
  ReadRoot root = document_root(kSource + "/data/rust-is-used-for.yaml", "", "", kBundled);
  CHECK(root.folder() == canonical(kSource + "/data"));
  CHECK(root.contains(kSource + "/data/rust-is-used-for.png"));
  CHECK(root.contains(kSource + "/templates/partials/reference-item.yaml"));
  CHECK(root.contains(kSource + "/fonts/NotoSans-Regular.ttf"));
  CHECK_FALSE(root.contains(kSource + "/README.md"));
  CHECK_FALSE(root.contains(kSource + "/tests/fixtures/images/rgb.png"));
}

TEST_CASE("document root: a data file named without a folder has the working folder") {
  CHECK(document_root("data.yaml", "", "", {}).folder() == fs::current_path().string());
}

TEST_CASE("document root: --root replaces the data's folder; a -t file's folder is added") {
  ReadRoot wider = document_root(kSource + "/data/x.yaml", kSource + "/tests", "", kBundled);
  CHECK(wider.folder() == canonical(kSource + "/tests"));
  CHECK(wider.contains(kSource + "/tests/fixtures/images/rgb.png"));
  CHECK_FALSE(wider.contains(kSource + "/data/rust-is-used-for.png"));

  ReadRoot with_template = document_root(kSource + "/data/x.yaml", "",
                                         kSource + "/examples/cmake/notes-template.yaml", kBundled);
  CHECK(with_template.contains(kSource + "/examples/cmake/stripes.png"));
  // A bundled name is not a folder.
  CHECK(document_root(kSource + "/data/x.yaml", "", "cards", {}).key() ==
        document_root(kSource + "/data/x.yaml", "", "", {}).key());
}

TEST_CASE("cli: --root takes an existing folder, and only where data is read") {
  Diagnostics diagnostics;
  auto job = parse_command_line({"build", "data", "--root", kSource}, diagnostics);
  REQUIRE(job);
  CHECK(job->document.root_folder == kSource);

  Diagnostics missing;
  CHECK_FALSE(parse_command_line({"render", "x.yaml", "--root=/no/such/folder"}, missing));
  REQUIRE(missing.all().size() == 1);
  CHECK(missing.all()[0].message == "--root '/no/such/folder' is not a folder");
  CHECK(missing.worst_failure() == FailureKind::bad_usage);

  Diagnostics a_file;
  CHECK_FALSE(parse_command_line({"check", "x.yaml", "--root", kSource + "/README.md"}, a_file));
  Diagnostics for_init;
  CHECK_FALSE(parse_command_line({"init", "cards", "--root", kSource}, for_init));
  CHECK(for_init.all()[0].message == "'handout init' takes no -t, -o, --root or --grayscale");
}
