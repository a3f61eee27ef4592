#include <doctest/doctest.h>

#include <string>

#include "load/template_loader.h"
#include "load_test_support.h"

using namespace handout;

using load_test::block_as;
using load_test::rendered;

namespace {

std::optional<TemplateDef> load(const std::string& yaml, Diagnostics& diagnostics) {
  return load_test::load_template(yaml, diagnostics);
}

std::string errors_of(const std::string& yaml) { return load_test::template_errors(yaml); }

// Lines 1-4: two families, `mono` among them.
const char* const kFonts =
    "fonts:\n"
    "  sans: {regular: NotoSans-Regular.ttf}\n"
    "  mono: {regular: NotoSansMono-Regular.ttf, bold: NotoSansMono-Bold.ttf}\n"
    "  symbols: {regular: NotoSans-Bold.ttf}\n";

// Lines 5-8 (after kFonts).
const char* const kStyles =
    "styles:\n"
    "  body: {size: 10pt, hyphenate: false}\n"
    "  title: {based-on: body}\n"
    "  heading: {based-on: body, hyphenate: true}\n";

const char* const kBody =
    "body:\n"
    "  - title: \"{{title}}\"\n";

std::optional<TemplateDef> load_ok(const std::string& yaml) {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout = load(yaml, diagnostics);
  CHECK_MESSAGE(diagnostics.all().empty(), rendered(diagnostics));
  return layout;
}

}  // namespace

TEST_CASE("load: code-font, fallback-fonts, pagination, hyphenate and placement") {
  std::optional<TemplateDef> layout = load_ok(std::string(kFonts) +
                                              "code-font: sans\n"
                                              "fallback-fonts: [symbols, mono]\n"
                                              "pagination: {orphans: 3, widows: 4}\n" +
                                              kStyles +
                                              "body:\n"
                                              "  - figure: a.png\n"
                                              "    caption-style: title\n"
                                              "    placement: pinned\n"
                                              "  - figure: a.png\n"
                                              "    caption-style: title\n"
                                              "    placement: float\n");
  REQUIRE(layout.has_value());
  CHECK(layout->code_family == "sans");
  CHECK(layout->fallback_families == std::vector<std::string>{"symbols", "mono"});
  CHECK(layout->pagination.orphans == 3);
  CHECK(layout->pagination.widows == 4);
  CHECK(layout->pagination.where.line == 7);
  CHECK_FALSE(layout->styles.at("body").hyphenate);
  CHECK_FALSE(layout->styles.at("title").hyphenate);  // inherited
  CHECK(layout->styles.at("heading").hyphenate);
  CHECK(block_as<FigureDef>(layout->blocks[0]).placement == FigurePlacement::pinned);
  CHECK(block_as<FigureDef>(layout->blocks[1]).placement == FigurePlacement::float_);
}

TEST_CASE("load: typesetting defaults") {
  std::optional<TemplateDef> layout =
      load_ok(std::string(kFonts) + "styles:\n  title: {}\n" + kBody);
  REQUIRE(layout.has_value());
  CHECK(layout->code_family == "mono");  // a family named 'mono' is the code font
  CHECK(layout->fallback_families.empty());
  CHECK(layout->pagination.orphans == 2);
  CHECK(layout->pagination.widows == 2);
  CHECK(layout->styles.at("title").hyphenate);

  layout = load_ok(
      "fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
      "styles:\n  title: {}\n  caption: {}\n"
      "body:\n  - figure: a.png\n");
  REQUIRE(layout.has_value());
  CHECK(layout->code_family.empty());
  CHECK(block_as<FigureDef>(layout->blocks[0]).placement == FigurePlacement::float_);
}

TEST_CASE("load: code-font and fallback-fonts must name declared families") {
  CHECK(errors_of(std::string(kFonts) + "code-font: mnoo\n" + kStyles + kBody) ==
        "5:12: code-font names font family 'mnoo', which the template does not define\n"
        "  hint: did you mean 'mono'?\n");
  CHECK(errors_of(std::string(kFonts) + "fallback-fonts: [symbol, emoji]\n" + kStyles + kBody) ==
        "5:18: fallback-fonts names font family 'symbol', which the template does not define\n"
        "  hint: did you mean 'symbols'?\n"
        "5:26: fallback-fonts names font family 'emoji', which the template does not define\n"
        "  hint: the font families are 'mono', 'sans' and 'symbols'\n");
  CHECK(errors_of(std::string(kFonts) + "fallback-fonts: symbols\n" + kStyles + kBody) ==
        "5:17: fallback-fonts must be a list of font families, but this is text\n"
        "  hint: write a list, e.g. [symbols]\n");
  CHECK(errors_of(std::string(kFonts) + "fallback-font: [symbols]\n" + kStyles + kBody) ==
        "5:1: unknown key 'fallback-font' in the template\n"
        "  hint: did you mean 'fallback-fonts'?\n");
}

TEST_CASE("load: pagination takes whole numbers of lines from 1 to 10") {
  const std::string start = std::string(kFonts) + kStyles + kBody;
  CHECK(errors_of(start + "pagination: {orphans: 0, widows: 11}\n") ==
        "11:23: orphans must be a whole number from 1 to 10, but this is 0\n"
        "11:34: widows must be a whole number from 1 to 10, but this is 11\n");
  CHECK(errors_of(start + "pagination: {orphans: 1.5, widows: two}\n") ==
        "11:23: orphans must be a whole number from 1 to 10, but this is 1.5\n"
        "11:36: widows must be a whole number from 1 to 10, but this is two\n");
  CHECK(errors_of(start + "pagination: {orphan: 2}\n") ==
        "11:14: unknown key 'orphan' in pagination\n"
        "  hint: did you mean 'orphans'?\n");
  CHECK(errors_of(start + "pagination: 2\n") ==
        "11:13: pagination must be a mapping such as {orphans: 2, widows: 2}, but this is a "
        "number\n");
}

TEST_CASE("load: hyphenate is true or false; placement is float or pinned") {
  CHECK(errors_of(std::string(kFonts) + "styles:\n  title: {hyphenate: yes}\n" + kBody) ==
        "6:22: hyphenate must be true or false, but this is text\n");
  CHECK(errors_of(std::string(kFonts) + "styles:\n  title: {hyphenat: true}\n" + kBody) ==
        "6:11: unknown key 'hyphenat' in style 'title'\n"
        "  hint: did you mean 'hyphenate'?\n");
  CHECK(errors_of(std::string(kFonts) + "styles:\n  caption: {}\n"
                                        "body:\n  - figure: a.png\n    placement: flaot\n") ==
        "9:16: placement must be 'float' or 'pinned', not 'flaot'\n"
        "  hint: did you mean 'float'?\n");
}
