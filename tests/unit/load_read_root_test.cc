#include <doctest/doctest.h>

#include <filesystem>

#include "core/read_root.h"
#include "load/template_loader.h"
#include "load_test_support.h"

using namespace handout;
using namespace handout::load_test;

namespace {

const std::string kPartials = HANDOUT_SOURCE_DIR "/tests/fixtures/partials";
const std::string kFonts = HANDOUT_SOURCE_DIR "/fonts";

// A template at `folder`/t.yaml (never read: its text is given), confined to `root_folder` and
// the font folder, as the bundled fonts always are.
std::string errors_of(const std::string& yaml, const std::string& folder,
                      const std::string& root_folder) {
  ReadRoot root(root_folder);
  root.also_allow(kFonts);
  Diagnostics diagnostics;
  load_template_text(yaml, folder + "/t.yaml", TemplateFileAccess({kFonts}, root), diagnostics);
  return rendered(diagnostics);
}

std::string canonical(const std::string& path) { return std::filesystem::canonical(path).string(); }

}  // namespace

TEST_CASE("load: a partial outside the root is refused at the include, unread") {
  const std::string yaml =
      "fonts:\n  sans: {regular: NotoSans-Regular.ttf}\nstyles:\n  body: {size: 10pt}\n"
      "body:\n  - include: ../partials/parts/item.yaml\n";
  const std::string folder = kPartials + "/parts";
  CHECK(errors_of(yaml, folder, folder) ==
        "6:14: include '../partials/parts/item.yaml' is outside the root folder " +
            canonical(folder) + "\n  hint: " + kReadRootHint + "\n");
  // The same include inside a wider root is read (and only its own problems remain).
  CHECK(errors_of(yaml, folder, kPartials).find("outside") == std::string::npos);
}

TEST_CASE("load: a font file outside the root is refused, found or not; the font folders count") {
  const std::string outside =
      "fonts:\n  sans: {regular: ../data/Font.ttf}\nstyles:\n  body: {size: 10pt}\n"
      "body:\n  - title: x\n";
  const std::string folder = HANDOUT_SOURCE_DIR "/templates";
  CHECK(errors_of(outside, folder, folder) ==
        "2:19: font file '../data/Font.ttf' is outside the root folder " + canonical(folder) +
            "\n  hint: " + kReadRootHint + "\n");
  const std::string absolute =
      "fonts:\n  sans: {regular: /nonexistent/Font.ttf}\nstyles:\n"
      "  body: {size: 10pt}\nbody:\n  - title: x\n";
  CHECK(errors_of(absolute, folder, folder).find("'/nonexistent/Font.ttf' is outside") !=
        std::string::npos);
  // A plain name is found in a font folder the root allows.
  const std::string by_name =
      "fonts:\n  sans: {regular: NotoSans-Regular.ttf}\nstyles:\n"
      "  body: {size: 10pt}\nbody:\n  - title: x\n";
  CHECK(errors_of(by_name, folder, folder).empty());
}
