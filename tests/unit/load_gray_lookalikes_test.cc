#include <doctest/doctest.h>

#include <string>

#include "load/gray_lookalikes.h"
#include "load_test_support.h"

using namespace handout;

namespace {

// Greys (gray_level): #808080 0.502, #ff0000 0.498, #0000ff 0.298, #4d4d4d 0.302, #1a1a1a 0.102;
// #1b1b1b is #1a1a1a's twin in colour too. Line numbers are those of the template's lines.
const std::string kTemplate =
    "page: {columns: 2, column-rule: {width: 0.5pt, color: \"#808080\"}}\n"  // 1
    "fonts:\n"
    "  sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}\n"
    "styles:\n"
    "  body: {size: 10pt, color: \"#1a1a1a\"}\n"  // 5
    "  title:\n"
    "    based-on: body\n"
    "    color: '#ff0000'\n"                          // 8
    "  subtitle: {based-on: title}\n"                 // red too, written in 'title'
    "  byline: {based-on: body, color: '#1b1b1b'}\n"  // 10
    "  heading: {based-on: body, weight: bold, color: 'cmyk(100%, 100%, 0%, 0%)'}\n"
    "  caption: {based-on: body}\n"
    "body:\n"
    "  - title: \"{{title}}\"\n"
    "  - rule: {color: '#4d4d4d'}\n"  // 15
    "  - callout: {background: '#808080', blocks: [paragraph: x]}\n"
    "  - {each: items, blocks: [heading: \"{{heading}}\"]}\n";

}  // namespace

TEST_CASE("load: the colours a template writes, in writing order, each named by its role") {
  std::optional<TemplateDef> layout = load_test::load_template_ok(kTemplate);
  REQUIRE(layout.has_value());
  std::string listed;
  for (const TemplateColorUse& use : template_color_uses(*layout)) {
    listed += std::to_string(use.where.line) + ":" + std::to_string(use.where.column) + " " +
              use.role + " " + color_text(use.color) + "\n";
  }
  CHECK(listed ==
        "1:55 the column rule #808080\n"
        "5:29 style 'body' #1a1a1a\n"
        "8:12 style 'title' #ff0000\n"
        "10:35 style 'byline' #1b1b1b\n"
        "11:50 style 'heading' cmyk(100%, 100%, 0%, 0%)\n"
        "15:19 a rule #4d4d4d\n"
        "16:27 a callout's background #808080\n");
}

TEST_CASE("load: colours alike in grey but not in colour make a pair, each pair once") {
  std::optional<TemplateDef> layout = load_test::load_template_ok(kTemplate);
  REQUIRE(layout.has_value());
  std::string pairs;
  for (const GrayLookalike& pair : gray_lookalikes(template_color_uses(*layout))) {
    pairs += pair.first.role + " / " + pair.second.role + "\n";
  }
  // The callout's #808080 is the column rule's colour: named once, by its first use. Blue ink
  // (cmyk 100/100/0/0, sRGB #0000ff) and #4d4d4d are both 0.30.
  CHECK(pairs ==
        "the column rule / style 'title'\n"
        "style 'heading' / a rule\n");
}

TEST_CASE("load: the warning names both colours and where they are written") {
  std::optional<TemplateDef> layout = load_test::load_template_ok(kTemplate);
  REQUIRE(layout.has_value());
  Diagnostics diagnostics;
  warn_gray_lookalikes(*layout, diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(load_test::rendered(diagnostics) ==
        "1:55: under --grayscale, the colours of the column rule (#808080) and style 'title' "
        "(#ff0000, templates/test.yaml:8:12) become nearly the same grey (50% and 50% black); "
        "they will look alike\n"
        "  hint: make one of them lighter or darker: greys less than 8% apart are hard to tell "
        "apart on paper\n"
        "11:50: under --grayscale, the colours of style 'heading' (cmyk(100%, 100%, 0%, 0%)) and "
        "a rule (#4d4d4d, templates/test.yaml:15:19) become nearly the same grey (70% and 70% "
        "black); they will look alike\n"
        "  hint: make one of them lighter or darker: greys less than 8% apart are hard to tell "
        "apart on paper\n");
}

TEST_CASE("load: a template in greys, or with colours far apart in grey, gets no warning") {
  // Greys: body 0.10, heading 0.50, link 0.30, rule 0.80 and caption 0.75, 5% from the rule
  // but alike in colour too.
  std::vector<TemplateColorUse> uses = {
      {"style 'body'", Color{0.1, 0.1, 0.1}, {"t.yaml", 1, 1}},
      {"style 'heading'", Color{1, 0, 0}, {"t.yaml", 2, 1}},
      {"style 'link'", Color{0, 0, 1}, {"t.yaml", 3, 1}},
      {"a rule", Color{0.8, 0.8, 0.8}, {"t.yaml", 4, 1}},
      {"style 'caption'", Color{0.75, 0.75, 0.75}, {"t.yaml", 5, 1}},
  };
  CHECK(gray_lookalikes(uses).empty());
  uses.push_back({"style 'aside'", Color{0, 0.5, 0}, {"t.yaml", 6, 1}});  // 0.43: within 8%
  REQUIRE(gray_lookalikes(uses).size() == 1);
  CHECK(gray_lookalikes(uses)[0].first.role == "style 'heading'");
  CHECK(gray_lookalikes(uses)[0].second.role == "style 'aside'");
}
