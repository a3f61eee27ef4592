#pragma once

#include <string>
#include <vector>

namespace handout {

// Where handout's own templates, fonts and example live: a source checkout (the binary in
// build/), an installed tree (<prefix>/share/handout) or $HANDOUT_HOME.
struct BundledFiles {
  std::string root;  // empty when none was found

  std::string templates_dir() const { return root + "/templates"; }
  std::string fonts_dir() const { return root + "/fonts"; }
  std::string example_data() const { return root + "/data/rust-is-used-for.yaml"; }
  // Where templates look for fonts after their own folder.
  std::vector<std::string> font_dirs() const {
    if (root.empty()) return {};
    return {fonts_dir()};
  }
};

// Looks, in order, at $HANDOUT_HOME, the folder above the running binary, <binary>/../share/
// handout, the install prefix and the source tree the binary was built from; the first that
// holds templates/handout.yaml wins.
BundledFiles find_bundled_files();

}  // namespace handout
