#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "load/style_inheritance.h"
#include "load/template_loader.h"
#include "load_test_support.h"

using namespace handout;

using load_test::block_as;
using load_test::rendered;

namespace {

const std::string kFontDir = HANDOUT_SOURCE_DIR "/fonts";

std::optional<TemplateDef> load(const std::string& yaml, Diagnostics& diagnostics) {
  return load_test::load_template(yaml, diagnostics);
}

std::string errors_of(const std::string& yaml) { return load_test::template_errors(yaml); }

bool near(double a, double b) { return std::fabs(a - b) < 1e-6; }

constexpr double kMm = 72.0 / 25.4;

const char* const kFonts =
    "fonts:\n"
    "  sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}\n";

// Every style the default blocks use, so that tests can vary one part at a time.
const char* const kStyles =
    "styles:\n"
    "  body: {size: 10pt}\n"
    "  title: {based-on: body, size: 20pt}\n"
    "  subtitle: {based-on: body}\n"
    "  byline: {based-on: body}\n"
    "  intro: {based-on: body}\n"
    "  caption: {based-on: body}\n"
    "  heading: {based-on: body, weight: bold}\n"
    "  section: {based-on: heading}\n"
    "  footer: {based-on: body, size: 8pt}\n";

const char* const kBody =
    "body:\n"
    "  - title: \"{{title}}\"\n"
    "  - {each: items, blocks: [heading: \"{{heading}}\"]}\n";

std::string with_styles(const std::string& styles) {
  return std::string(kFonts) + "styles:\n" + styles + kBody;
}

}  // namespace

TEST_CASE("load: a template with every key") {
  const std::string yaml =
      "name: sample\n"
      "description: A5 landscape sample\n"
      "page:\n"
      "  size: a5\n"
      "  orientation: landscape\n"
      "  margins: {top: 1cm, bottom: 0.5in, left: 15mm}\n"
      "fonts:\n"
      "  sans:\n"
      "    regular: NotoSans-Regular.ttf\n"
      "    bold: NotoSans-Bold.ttf\n"
      "    italic: NotoSans-Italic.ttf\n"
      "    bold-italic: NotoSans-BoldItalic.ttf\n"
      "  mono:\n"
      "    regular: NotoSansMono-Regular.ttf\n"
      "styles:\n"
      "  body:\n"
      "    font: sans\n"
      "    weight: normal\n"
      "    style: normal\n"
      "    size: 10.5pt\n"
      "    leading: 14pt\n"
      "    space-before: 0pt\n"
      "    space-after: 6pt\n"
      "    first-line-indent: 2mm\n"
      "    align: justify\n"
      "    color: \"#1a1a1a\"\n"
      "  title: {based-on: body, weight: bold, style: italic, size: 20pt, align: center}\n"
      "  subtitle: {based-on: title, color: '#f00'}\n"
      "  byline: {font: mono}\n"
      "  intro: {based-on: body}\n"
      "  caption: {based-on: body, leading: 130%}\n"
      "  heading: {based-on: body, weight: bold}\n"
      "  section: {based-on: heading}\n"
      "  running: {based-on: body, size: 8pt}\n"
      "header:\n"
      "  left: \"{{title}}\"\n"
      "  center: \"\"\n"
      "  right: \"Page {{ page }} of {{pages}}\"\n"
      "  style: running\n"
      "  first-page: false\n"
      "footer:\n"
      "  center: \"{{author}}, {{date}}\"\n"
      "  style: running\n"
      "body:\n"
      "  - title: \"{{title}}\"\n"
      "  - paragraph: \"{{subtitle}}\"\n"
      "    style: subtitle\n"
      "  - figure: \"{{figure.path}}\"\n"
      "    caption-style: caption\n"
      "    width: 80%\n"
      "    max-height: 50mm\n"
      "  - each: items\n"
      "    blocks: [{heading: \"{{heading}}\", level: 2, style: section}]\n";
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout = load(yaml, diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(layout->name == "sample");
  CHECK(layout->source_file == "templates/test.yaml");

  const PageDef& page = layout->page;
  CHECK(near(page.width, 210 * kMm));
  CHECK(near(page.height, 148 * kMm));
  CHECK(near(page.margin_top, 10 * kMm));
  CHECK(near(page.margin_bottom, 36));
  CHECK(near(page.margin_left, 15 * kMm));
  CHECK(near(page.margin_right, 20 * kMm));
  CHECK(page.where.line == 3);
  CHECK(page.where.column == 1);

  REQUIRE(layout->families.size() == 2);
  const FontFamilyDef& sans = layout->families.at("sans");
  CHECK(sans.regular == kFontDir + "/NotoSans-Regular.ttf");
  CHECK(sans.bold == kFontDir + "/NotoSans-Bold.ttf");
  CHECK(sans.italic == kFontDir + "/NotoSans-Italic.ttf");
  CHECK(sans.bold_italic == kFontDir + "/NotoSans-BoldItalic.ttf");
  CHECK(sans.where.line == 8);
  CHECK(layout->families.at("mono").bold.empty());

  REQUIRE(layout->styles.size() == 9);
  const StyleDef& body = layout->styles.at("body");
  CHECK(body.name == "body");
  CHECK(body.family == "sans");
  CHECK_FALSE(body.bold);
  CHECK_FALSE(body.italic);
  CHECK(near(body.size, 10.5));
  CHECK(near(body.leading, 14));
  CHECK(near(body.space_after, 6));
  CHECK(near(body.first_line_indent, 2 * kMm));
  CHECK(body.align == TextAlign::justify);
  CHECK(body.color == Color{0x1a / 255.0, 0x1a / 255.0, 0x1a / 255.0});
  CHECK(body.where.line == 16);
  CHECK(body.where.column == 3);
  const StyleDef& title = layout->styles.at("title");
  CHECK(title.bold);
  CHECK(title.italic);
  CHECK(near(title.size, 20));
  CHECK(near(title.leading, 14));  // an absolute leading is inherited as it is
  CHECK(title.align == TextAlign::center);
  CHECK(near(title.first_line_indent, 2 * kMm));
  CHECK(layout->styles.at("subtitle").color == Color{1, 0, 0});
  CHECK(layout->styles.at("subtitle").bold);
  const StyleDef& byline = layout->styles.at("byline");  // no based-on: built-in defaults
  CHECK(byline.family == "mono");
  CHECK(near(byline.size, 10));
  CHECK(near(byline.leading, 12));
  CHECK(byline.align == TextAlign::left);
  CHECK(byline.color == Color{});
  CHECK(near(layout->styles.at("caption").leading, 10.5 * 1.3));
  CHECK(layout->styles.at("section").bold);

  REQUIRE(layout->header.has_value());
  CHECK(layout->header->left == "{{title}}");
  CHECK(layout->header->center.empty());
  CHECK(layout->header->right == "Page {{ page }} of {{pages}}");
  CHECK(layout->header->style == "running");
  CHECK_FALSE(layout->header->on_first_page);
  CHECK(layout->header->where.line == 35);
  REQUIRE(layout->footer.has_value());
  CHECK(layout->footer->center == "{{author}}, {{date}}");
  CHECK(layout->footer->on_first_page);

  REQUIRE(layout->blocks.size() == 4);
  const auto& title_block = block_as<TitleDef>(layout->blocks[0]);
  CHECK(title_block.style.empty());  // the kind's default, chosen when binding
  CHECK(layout->blocks[0].where.line == 45);
  CHECK(layout->blocks[0].where.column == 5);
  CHECK(title_block.text.text == "{{title}}");
  CHECK(block_as<ParagraphDef>(layout->blocks[1]).style == "subtitle");
  const auto& figure = block_as<FigureDef>(layout->blocks[2]);
  CHECK(figure.caption_style == "caption");
  CHECK(near(figure.width.fraction, 0.8));
  CHECK_FALSE(figure.width.is_length());
  // A length stays a length: layout resolves it against the frame the figure is set in.
  CHECK(near(figure.max_height.points, 50 * kMm));
  CHECK(figure.max_height.written == "50mm");
  const auto& items = block_as<EachDef>(layout->blocks[3]);
  CHECK(items.path.text == "items");
  REQUIRE(items.blocks.size() == 1);
  CHECK(block_as<HeadingDef>(items.blocks[0]).level == 2);
  CHECK(block_as<HeadingDef>(items.blocks[0]).style == "section");
  CHECK(layout->description == "A5 landscape sample");
}

TEST_CASE("load: template defaults") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout =
      load(std::string(kFonts) + kStyles + "body:\n  - figure: a.png\n", diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  CHECK(layout->name == "test");
  CHECK(near(layout->page.width, 210 * kMm));
  CHECK(near(layout->page.height, 297 * kMm));
  CHECK(near(layout->page.margin_left, 20 * kMm));
  CHECK_FALSE(layout->header.has_value());
  CHECK_FALSE(layout->footer.has_value());
  const auto& figure = block_as<FigureDef>(layout->blocks[0]);
  CHECK(figure.caption_style.empty());
  CHECK(near(figure.width.fraction, 1.0));
  CHECK(near(figure.max_height.fraction, 0.5));
  CHECK(figure.placement == FigurePlacement::float_);
  CHECK(near(layout->styles.at("body").leading, 12));
}

TEST_CASE("load: based-on chains in any order, with relative leading") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout = load(with_styles("  c: {based-on: b, size: 20pt}\n"
                                                       "  b: {based-on: a, color: '#00f'}\n"
                                                       "  a: {size: 10pt, leading: 150%}\n"
                                                       "  d: {based-on: a, leading: 13pt}\n"
                                                       "  e: {based-on: d, size: 30pt}\n"
                                                       "  title: {}\n"
                                                       "  heading:\n"
                                                       "  body: {}\n"
                                                       "  section: {}\n"),
                                           diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  const StyleDef& c = layout->styles.at("c");
  CHECK(near(c.size, 20));
  CHECK(near(c.leading, 30));
  CHECK(c.color == Color{0, 0, 1});
  CHECK(near(layout->styles.at("b").leading, 15));
  CHECK(near(layout->styles.at("e").leading, 13));
  CHECK(near(layout->styles.at("heading").size, 10));
}

TEST_CASE("load: a long based-on chain resolves in linear time") {
  // 100,000 styles, each based on the next: comparing each name on the chain with every one
  // before it took minutes.
  std::vector<StyleSpec> specs(100'000);
  for (size_t i = 0; i < specs.size(); ++i) {
    specs[i].name = "s" + std::to_string(i);
    if (i + 1 < specs.size()) specs[i].based_on = "s" + std::to_string(i + 1);
  }
  specs.back().size = 12;
  Diagnostics diagnostics;
  YamlReader reader("t.yaml", "", diagnostics);
  const auto start = std::chrono::steady_clock::now();
  std::map<std::string, StyleDef> styles = resolve_styles(specs, "sans", reader);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10);
  CHECK(styles.size() == specs.size());
  CHECK(near(styles.at("s0").size, 12));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("load: a based-on cycle is an error at the based-on value") {
  CHECK(errors_of(with_styles("  title: {based-on: heading}\n"
                              "  heading: {based-on: body}\n"
                              "  body: {based-on: title}\n"
                              "  section: {}\n")) ==
        "6:20: based-on makes a cycle: title -> heading -> body -> title\n"
        "  hint: one style of the cycle must not be based on another\n");
  CHECK(errors_of(with_styles("  title: {based-on: title}\n  heading: {}\n  body: {}\n"
                              "  section: {}\n")) ==
        "4:21: based-on makes a cycle: title -> title\n"
        "  hint: one style of the cycle must not be based on another\n");
}

TEST_CASE("load: an unknown base style is suggested") {
  CHECK(errors_of(with_styles("  title: {based-on: bdy}\n  heading: {}\n  body: {}\n"
                              "  section: {}\n")) ==
        "4:21: style 'title' is based on 'bdy', which the template does not define\n"
        "  hint: did you mean 'body'?\n");
}

TEST_CASE("load: style references are checked with suggestions") {
  CHECK(errors_of(std::string(kFonts) + kStyles + kBody +
                  "footer: {right: '{{page}}', style: foter}\n") ==
        "16:36: footer uses style 'foter', which the template does not define\n"
        "  hint: did you mean 'footer'?\n");
  CHECK(errors_of(std::string(kFonts) + kStyles + kBody + "header: {right: '{{page}}'}\n") ==
        "16:1: header uses style 'header', which the template does not define\n"
        "  hint: define a style 'header' under 'styles', or name another one with 'style:'\n");
  CHECK(errors_of(with_styles("  title: {font: Sans}\n  heading: {font: serif}\n  body: {}\n"
                              "  section: {}\n")) ==
        "4:17: style 'title' uses font family 'Sans', which the template does not define\n"
        "  hint: did you mean 'sans'?\n"
        "5:19: style 'heading' uses font family 'serif', which the template does not define\n"
        "  hint: the font families are 'sans'\n");
}

TEST_CASE("load: a bad length names the allowed units") {
  CHECK(errors_of(with_styles("  title: {size: 12 pc}\n  heading: {}\n  body: {}\n"
                              "  section: {}\n")) ==
        "4:17: size '12 pc' has the unit 'pc'; lengths use pt, mm, cm or in\n");
  CHECK(errors_of(with_styles("  title: {size: 10}\n  heading: {leading: 12}\n  body: {}\n"
                              "  section: {}\n")) ==
        "4:17: size '10' has no unit; write a unit: 10pt, 10mm or 10in\n"
        "5:22: leading '12' has no unit; write a unit: 12pt, 12mm or 12in (or a percentage: "
        "12%)\n");
  CHECK(errors_of(with_styles("  title: {size: -3pt, space-after: -1mm, leading: big}\n"
                              "  heading: {}\n  body: {}\n  section: {}\n")) ==
        "4:17: size must be greater than 0, but this is -3pt\n"
        "4:36: space-after must not be negative, but this is -1mm\n"
        "4:51: leading 'big' is not a length or a percentage; write e.g. 12pt, 20mm or 120%\n");
  CHECK(errors_of(std::string("page: {margins: 50%}\n") + kFonts + kStyles + kBody) ==
        "1:17: margins '50%' is a percentage, but this must be a length in pt, mm, cm or in\n");
}

TEST_CASE("load: a bad colour") {
  CHECK(errors_of(with_styles("  title: {color: '#12345'}\n  heading: {color: red}\n"
                              "  body: {}\n  section: {}\n")) ==
        "4:18: color '#12345' is not a colour; write #rrggbb or #rgb in quotes, e.g. "
        "\"#1a1a1a\"\n"
        "5:20: color 'red' is not a colour; write #rrggbb or #rgb in quotes, e.g. \"#1a1a1a\", "
        "or CMYK inks, e.g. cmyk(0%, 40%, 100%, 0%)\n");
  // Without quotes, YAML reads the colour as a comment.
  CHECK(errors_of(with_styles("  title:\n    color: #1a1a1a\n  heading: {}\n  body: {}\n"
                              "  section: {}\n")) ==
        "5:12: color is empty: without quotes, '#' starts a YAML comment\n"
        "  hint: put the colour in quotes, e.g. color: \"#1a1a1a\"\n");
}

TEST_CASE("load: CMYK colours, quoted or plain in block style, and their errors") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout =
      load(with_styles("  title:\n    color: cmyk(100%, 60%, 0%, 10%)\n"
                       "  heading: {color: 'cmyk(0, 0.4, 1, 0)'}\n  body: {}\n"
                       "  section: {based-on: heading}\n"),
           diagnostics);
  INFO(rendered(diagnostics));
  REQUIRE(layout.has_value());
  CHECK(layout->styles.at("title").color == cmyk_color({1, 0.6, 0, 0.1}));
  CHECK(layout->styles.at("heading").color == cmyk_color({0, 0.4, 1, 0}));
  CHECK(layout->styles.at("section").color == cmyk_color({0, 0.4, 1, 0}));  // based on heading
  CHECK(errors_of(with_styles("  title: {color: 'cmyk(0, 40, 100, 0)'}\n  body: {}\n"
                              "  heading: {}\n  section: {}\n")) ==
        "4:18: color 'cmyk(0, 40, 100, 0)' has magenta 40, which is out of range; inks are "
        "fractions from 0 to 1 or percentages from 0% to 100%\n"
        "  hint: did you mean cmyk(0%, 40%, 100%, 0%)?\n");
}

TEST_CASE("load: a font file that cannot be found says where it was looked for") {
  CHECK(errors_of(std::string("fonts:\n  sans: {regular: Missing.ttf, bold: /no/Bold.ttf}\n") +
                  kStyles + kBody) ==
        "2:19: cannot find font file 'Missing.ttf'\n"
        "  hint: looked in 'templates' and '" +
            kFontDir +
            "'\n"
            "2:38: cannot find font file '/no/Bold.ttf'\n");
  CHECK(errors_of(std::string("fonts:\n  sans: {bold: NotoSans-Bold.ttf}\n") + kStyles + kBody) ==
        "2:9: font family 'sans' has no 'regular'\n");
}

TEST_CASE("load: each font folder is searched and named once") {
  Diagnostics diagnostics;
  CHECK_FALSE(
      load_template_text(std::string("fonts: {sans: {regular: Missing.ttf}}\n") + kStyles + kBody,
                         "/x/t.yaml", {"/a", "/x", "/a"}, diagnostics)
          .has_value());
  CHECK(rendered(diagnostics) ==
        "1:25: cannot find font file 'Missing.ttf'\n"
        "  hint: looked in '/x' and '/a'\n");
}

TEST_CASE("load: fonts are found next to the template first") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout =
      load_template_text(std::string(kFonts) + kStyles + kBody, kFontDir + "/inline.yaml",
                         {"/nonexistent"}, diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  CHECK(layout->families.at("sans").regular == kFontDir + "/NotoSans-Regular.ttf");
}

TEST_CASE("load: page sizes, orientations and margins") {
  CHECK(errors_of(std::string("page:\n  size: A7\n  orientation: Landscape\n") + kFonts + kStyles +
                  kBody) ==
        "2:9: unknown page size 'A7'\n"
        "  hint: did you mean 'A3'?\n"
        "  hint: page sizes are 'A3', 'A4', 'A5', 'A6', 'Letter', 'Legal' and 'Half-Letter', or "
        "[width, height]\n"
        "3:16: orientation must be 'portrait' or 'landscape', not 'Landscape'\n"
        "  hint: did you mean 'landscape'?\n");
  CHECK(errors_of(std::string("page:\n  size: [100mm, 0]\n  margins: {left: 60mm, rigt: 1}\n") +
                  kFonts + kStyles + kBody) ==
        "2:17: page height must be greater than 0, but this is 0\n"
        "3:25: unknown key 'rigt' in margins\n"
        "  hint: did you mean 'right'?\n");
  CHECK(errors_of(std::string("page:\n  size: [100mm, 100mm]\n  margins: 50mm\n") + kFonts +
                  kStyles + kBody) ==
        "3:12: the left and right margins (141.73pt + 141.73pt) leave no room on a page "
        "283.46pt wide\n"
        "3:12: the top and bottom margins (141.73pt + 141.73pt) leave no room on a page "
        "283.46pt high\n");
  Diagnostics diagnostics;
  std::optional<TemplateDef> letter =
      load(std::string("page: {size: [5in, 8in], orientation: landscape, margins: 0}\n") + kFonts +
               kStyles + kBody,
           diagnostics);
  REQUIRE_MESSAGE(letter.has_value(), rendered(diagnostics));
  CHECK(near(letter->page.width, 576));
  CHECK(near(letter->page.height, 360));
  CHECK(near(letter->page.margin_top, 0));
}

TEST_CASE("load: figure sizes are positive; whether they fit the frame is layout's to say") {
  CHECK(errors_of(std::string(kFonts) + kStyles +
                  "body:\n  - {figure: a.png, width: 120%, max-height: 0}\n") ==
        "14:46: max-height must be greater than 0, but this is 0\n");
}

TEST_CASE("load: required template parts and value types") {
  CHECK(errors_of("name: x\n") ==
        "1:1: the template has no 'fonts'\n"
        "1:1: the template has no 'styles'\n"
        "1:1: the template has no 'body'\n");
  CHECK(errors_of(std::string(kFonts) + kStyles + kBody +
                  "header: {first-page: yes, style: footer}\nfooters: {}\n") ==
        "17:1: unknown key 'footers' in the template\n"
        "  hint: did you mean 'footer'?\n"
        "16:22: first-page must be true or false, but this is text\n");
}

TEST_CASE("load: the bundled template loads") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout =
      load_template_file(HANDOUT_SOURCE_DIR "/templates/handout.yaml", {kFontDir}, diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  CHECK(layout->name == "handout");
  CHECK_FALSE(layout->blocks.empty());
  CHECK(layout->contract.declared);
}

TEST_CASE("load: a template file that cannot be read") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_template_file("/nonexistent/t.yaml", {}, diagnostics).has_value());
  CHECK(rendered(diagnostics) ==
        "0:0: cannot read '/nonexistent/t.yaml': No such file or directory\n");
}

TEST_CASE("load: a misspelt required key is one error, not also a missing key") {
  CHECK(errors_of("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                  "style: {body: {}}\n"
                  "body: [paragraph: x]\n") ==
        "2:1: unknown key 'style' in the template\n"
        "  hint: did you mean 'styles'?\n");
}
