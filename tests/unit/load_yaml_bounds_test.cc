#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app_test_support.h"
#include "load/data_loader.h"
#include "load/source_file.h"
#include "load/yaml_parsing.h"
#include "load_test_support.h"

namespace handout {
namespace {

using load_test::rendered;

// The diagnostics of data text that must fail to load under `limits`.
std::string data_errors(const std::string& yaml, const ResourceLimits& limits) {
  Diagnostics diagnostics;
  CHECK_FALSE(load_data_text(yaml, "d.yaml", diagnostics, limits).has_value());
  return rendered(diagnostics);
}

bool data_loads(const std::string& yaml, const ResourceLimits& limits) {
  Diagnostics diagnostics;
  const bool loaded = load_data_text(yaml, "d.yaml", diagnostics, limits).has_value();
  INFO(rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  return loaded;
}

// "x: [[[...]]]": the root mapping and `lists` lists inside each other.
std::string nested_lists(int lists) {
  return "title: T\nx: " + std::string(lists, '[') + std::string(lists, ']') + "\n";
}

// Anchors a0..a<levels>, each a list of `copies` aliases of the one before: a file of a few
// lines that a walk expands to copies^levels values.
std::string laughs(int levels, int copies) {
  std::string yaml = "a0: &a0 lol\n";
  for (int level = 1; level <= levels; ++level) {
    yaml += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int copy = 0; copy < copies; ++copy) {
      yaml += (copy ? ", *a" : "*a") + std::to_string(level - 1);
    }
    yaml += "]\n";
  }
  return yaml;
}

TEST_CASE("load bounds: lists and mappings nest at most max_yaml_depth deep") {
  ResourceLimits limits;
  limits.max_yaml_depth = 8;
  CHECK(data_loads(nested_lists(7), limits));  // the root mapping makes 8
  CHECK(data_errors(nested_lists(8), limits) ==
        "2:11: lists and mappings nest more than 8 deep here\n"
        "  hint: if this is intended, raise the limit with --max-yaml-depth N\n");
}

TEST_CASE("load bounds: 100,000 nested brackets fail at the default depth, not in yaml-cpp") {
  const std::string message = data_errors(nested_lists(100'000), ResourceLimits{});
  CHECK(message.starts_with("2:67: lists and mappings nest more than 64 deep here\n"));
}

TEST_CASE("load bounds: an alias counts as deep as the value it repeats") {
  ResourceLimits limits;
  limits.max_yaml_depth = 6;
  const std::string yaml = "title: T\na: &a [[[1]]]\nb: [[[*a]]]\n";  // 1 + 3 + 3 deep
  CHECK(data_errors(yaml, limits) ==
        "3:7: lists and mappings nest more than 6 deep here once '*a' repeats its value\n"
        "  hint: if this is intended, raise the limit with --max-yaml-depth N\n");
  limits.max_yaml_depth = 7;
  CHECK(data_loads(yaml, limits));
}

TEST_CASE("load bounds: a billion laughs fails fast at the alias that passes the limit") {
  // 9^9 = 387,420,489 values once expanded; the file has 11 lines.
  const std::string message = data_errors(laughs(9, 9), ResourceLimits{});
  CHECK(message ==
        "7:20: the YAML expands to more than 250000 values through aliases (&name/*name); "
        "'*a5' here goes past it\n"
        "  hint: if this is intended, raise the limit with --max-yaml-values N\n");
}

TEST_CASE("load bounds: values count every copy an alias makes, up to the limit") {
  // The root, 4 keys, a0's 1 value, and lists of 3 copies: a1 1 + 3, a2 1 + 3 * 4, a3 1 + 3 * 13.
  ResourceLimits limits;
  limits.max_yaml_values = 1 + 4 + 1 + 4 + 13 + 40;
  CHECK(data_loads(laughs(3, 3), limits));
  limits.max_yaml_values = 62;
  CHECK(data_errors(laughs(3, 3), limits).find("more than 62 values through aliases") !=
        std::string::npos);
}

TEST_CASE("load bounds: a plain file over the value limit says so without aliases") {
  ResourceLimits limits;
  limits.max_yaml_values = 5;
  CHECK(data_errors("title: T\nitems: [1, 2, 3]\n", limits) ==
        "2:9: the YAML holds more than 5 values (a template counts with the files it includes)\n"
        "  hint: if this is intended, raise the limit with --max-yaml-values N\n");
}

TEST_CASE("load bounds: an alias counts its anchor's text each time, up to max_input_bytes") {
  // A few aliases of a long text would copy it into the data tree each time: a file of 1 KiB
  // holds no more than 1 KiB of text, written out or repeated.
  ResourceLimits limits;
  limits.max_input_bytes = 1024;
  const std::string text(300, 'x');
  const std::string three = "a: &a " + text + "\nb: [*a, *a]\n";  // 900 bytes and 3 keys
  CHECK(data_loads(three, limits));
  CHECK(data_errors(three + "c: *a\n", limits) ==
        "3:4: the YAML expands to more than 1 KiB of text through aliases (&name/*name), more "
        "than a file may hold; '*a' here goes past it\n"
        "  hint: if this is intended, raise the limit with --max-input-size SIZE\n");
  // Keys count too, and a list repeats all the text inside it.
  CHECK(data_errors("a: &a [" + text + ", " + text + "]\nb: *a\n", limits).starts_with("2:4: "));
}

TEST_CASE("load bounds: an alias inside its own anchor is an error, not an endless loop") {
  CHECK(data_errors("title: T\nitems: &a [1, *a]\n", ResourceLimits{}) ==
        "2:15: the alias '*a' stands inside the value its anchor names, so that value would "
        "contain itself forever\n"
        "  hint: an alias can only repeat a value that ends before it\n");
  CHECK(data_errors("title: T\nm: &m {k: {j: *m}}\n", ResourceLimits{}).find("'*m'") !=
        std::string::npos);
}

TEST_CASE("load bounds: a YAML file larger than max_input_bytes is refused before reading") {
  const std::filesystem::path folder = fresh_folder("handout-yaml-bounds-size");
  std::filesystem::create_directories(folder);
  const std::string path = (folder / "big.yaml").string();
  std::ofstream(path) << "title: " << std::string(2000, 'x') << "\n";
  Diagnostics diagnostics;
  CHECK_FALSE(read_source_file(path, 1024, diagnostics));
  CHECK(rendered(diagnostics) ==
        "0:0: '" + path +
            "' is 2.0 KiB, more than the 1 KiB handout reads from a YAML file\n"
            "  hint: if this is intended, raise the limit with --max-input-size SIZE\n");
  ResourceLimits limits;
  limits.max_input_bytes = 1024;
  Diagnostics data_diagnostics;
  CHECK_FALSE(load_data_file(path, data_diagnostics, limits).has_value());
  limits.max_input_bytes = 4096;
  CHECK(load_data_file(path, data_diagnostics, limits).has_value());
  // A data file may be a device (or a pipe): without a size, it is read only up to the bound.
  Diagnostics device_diagnostics;
  CHECK_FALSE(read_source_file("/dev/zero", 4096, device_diagnostics, FileKinds::also_streams));
  CHECK(rendered(device_diagnostics).find("goes on past the 4 KiB handout reads") !=
        std::string::npos);
  // Any other file (a template, a partial) must be a regular file.
  Diagnostics other_diagnostics;
  CHECK_FALSE(read_source_file("/dev/zero", 4096, other_diagnostics));
  CHECK(rendered(other_diagnostics) ==
        "0:0: cannot read '/dev/zero': it is a device, not a file\n");
}

// A template in `folder` whose body includes part-1.yaml; part-N includes part-(N+1) `copies`
// times, down to part-`levels`, which holds one paragraph.
std::string write_include_chain(const std::filesystem::path& folder, int levels, int copies) {
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "main.yaml") << "fonts:\n"
                                         "  sans: {regular: NotoSans-Regular.ttf}\n"
                                         "styles:\n"
                                         "  body: {size: 10pt}\n"
                                         "body:\n"
                                         "  - include: part-1.yaml\n";
  for (int level = 1; level < levels; ++level) {
    std::ofstream part(folder / ("part-" + std::to_string(level) + ".yaml"));
    for (int copy = 0; copy < copies; ++copy) {
      part << "- include: part-" << level + 1 << ".yaml\n";
    }
  }
  std::ofstream(folder / ("part-" + std::to_string(levels) + ".yaml")) << "- paragraph: x\n";
  return (folder / "main.yaml").string();
}

TEST_CASE("load bounds: included files nest at most max_yaml_depth deep") {
  const std::string path = write_include_chain(fresh_folder("handout-include-depth"), 6, 1);
  ResourceLimits limits;
  limits.max_yaml_depth = 6;
  Diagnostics diagnostics;
  CHECK(load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics, limits));
  limits.max_yaml_depth = 5;
  CHECK_FALSE(load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics, limits));
  CHECK(rendered(diagnostics) ==
        "1:12: including 'part-6.yaml' here nests included files more than 5 deep\n"
        "  hint: if this is intended, raise the limit with --max-yaml-depth N\n");
}

TEST_CASE("load bounds: blocks nest at most max_yaml_depth deep, across included files") {
  // Each of 4 parts nests two groups around its include of the next: 8 levels of blocks, while
  // no one file is more than 6 levels of YAML deep.
  const std::filesystem::path folder = fresh_folder("handout-block-nesting");
  const std::string path = write_include_chain(folder, 5, 1);
  for (int level = 1; level < 5; ++level) {
    std::ofstream(folder / ("part-" + std::to_string(level) + ".yaml"))
        << "- group:\n    - group:\n        - include: part-" << level + 1 << ".yaml\n";
  }
  ResourceLimits limits;
  limits.max_yaml_depth = 8;
  Diagnostics diagnostics;
  CHECK(load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics, limits));
  CHECK(diagnostics.all().empty());
  limits.max_yaml_depth = 7;
  CHECK_FALSE(load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics, limits));
  CHECK(rendered(diagnostics) ==
        "3:9: blocks nest more than 7 deep here (groups, each, if, unless and callouts inside "
        "each other, counting those in the files that include this one)\n"
        "  hint: if this is intended, raise the limit with --max-yaml-depth N\n");
}

TEST_CASE("load bounds: a file included many times counts its values each time") {
  // 2^20 copies of the last part: a million paragraphs from 21 small files.
  const std::string path = write_include_chain(fresh_folder("handout-include-laughs"), 21, 2);
  ResourceLimits limits;
  limits.max_yaml_values = 20'000;  // the default takes seconds to reach, one file at a time
  Diagnostics diagnostics;
  CHECK_FALSE(load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics, limits));
  CHECK(rendered(diagnostics)
            .find("more than 20000 values (a template counts with the files "
                  "it includes)") != std::string::npos);
}

}  // namespace
}  // namespace handout
