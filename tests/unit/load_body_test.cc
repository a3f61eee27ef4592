#include <doctest/doctest.h>

#include "load_test_support.h"

namespace handout {
namespace {

using load_test::block_as;
using load_test::rendered;
using load_test::template_errors;

// Lines 1-6.
const char* const kHead = load_test::kBodyHead;

std::optional<TemplateDef> load_ok(const std::string& yaml) {
  return load_test::load_template_ok(yaml);
}

TEST_CASE("load body: every kind of block") {
  std::optional<TemplateDef> layout =
      load_ok(std::string(kHead) +
              "body:\n"                                                            // 7
              "  - title: \"{{title}}\"\n"                                         // 8
              "  - heading: Contents\n"                                            // 9
              "    level: 2\n"                                                     // 10
              "  - toc\n"                                                          // 11
              "  - toc: {depth: 3, style: note}\n"                                 // 12
              "  - paragraph: \"By {{author}}\"\n"                                 // 13
              "    style: note\n"                                                  // 14
              "  - figure: \"{{figure.path}}\"\n"                                  // 15
              "    caption: \"{{figure.caption}}\"\n"                              // 16
              "    alt: \"{{figure.alt}}\"\n"                                      // 17
              "    width: 50%\n"                                                   // 18
              "    height: 40mm\n"                                                 // 19
              "    placement: pinned\n"                                            // 20
              "  - list: items\n"                                                  // 21
              "    item: \"**{{heading}}**\"\n"                                    // 22
              "    numbered: true\n"                                               // 23
              "  - list: [\"one\", \"two\"]\n"                                     // 24
              "  - table: items\n"                                                 // 25
              "    columns:\n"                                                     // 26
              "      - {header: Area, text: \"{{heading}}\", width: 30%}\n"        // 27
              "      - {header: What, text: \"{{description}}\", align: right}\n"  // 28
              "    repeat-header: false\n"                                         // 29
              "  - page-break\n"                                                   // 30
              "  - column-break\n"                                                 // 31
              "  - spacer: 6mm\n"                                                  // 32
              "  - rule: {width: 2pt, color: \"#ff0000\"}\n"                       // 33
              "  - callout: \"**Note:** {{note}}\"\n"                              // 34
              "    background: \"#f3f0e8\"\n"                                      // 35
              "    border: \"#d0c8b0\"\n"                                          // 36
              "  - callout: {blocks: [paragraph: x]}\n"                            // 37
              "  - qr-code: \"{{url}}\"\n"                                         // 38
              "    size: 1in\n"                                                    // 39
              "  - group: [heading: a, paragraph: b]\n"                            // 40
              "  - each: sections\n"                                               // 41
              "    as: section\n"                                                  // 42
              "    blocks: [heading: \"{{section.title}}\"]\n"                     // 43
              "  - if: author\n"                                                   // 44
              "    blocks: [paragraph: yes]\n"                                     // 45
              "    else: [paragraph: no]\n"                                        // 46
              "  - unless: figure\n"                                               // 47
              "    blocks: []\n"                                                   // 48
              "  - rule\n");                                                       // 49
  REQUIRE(layout.has_value());
  const std::vector<BodyBlockDef>& b = layout->blocks;
  REQUIRE(b.size() == 21);
  const auto& title = block_as<TitleDef>(b[0]);
  CHECK(title.text.text == "{{title}}");
  CHECK(title.text.where.line == 8);
  CHECK(title.text.text_column == 13);
  CHECK(block_as<HeadingDef>(b[1]).level == 2);
  CHECK(block_as<TocDef>(b[2]).depth == 2);
  CHECK((block_as<TocDef>(b[3]).depth == 3 && block_as<TocDef>(b[3]).style == "note"));
  CHECK(block_as<ParagraphDef>(b[4]).style == "note");
  const auto& figure = block_as<FigureDef>(b[5]);
  CHECK(figure.image.text == "{{figure.path}}");
  CHECK(figure.caption.text == "{{figure.caption}}");
  CHECK(figure.width.fraction == doctest::Approx(0.5));
  CHECK(figure.height == doctest::Approx(40 * 72 / 25.4));
  CHECK(figure.placement == FigurePlacement::pinned);
  const auto& list = block_as<ListDef>(b[6]);
  CHECK((list.path.text == "items" && list.numbered && list.item.text == "**{{heading}}**"));
  REQUIRE(block_as<ListDef>(b[7]).entries.size() == 2);
  CHECK(block_as<ListDef>(b[7]).entries[1].text == "two");
  const auto& table = block_as<TableDef>(b[8]);
  REQUIRE(table.columns.size() == 2);
  CHECK(table.columns[0].width.fraction == doctest::Approx(0.3));
  CHECK_FALSE(table.columns[1].width.is_set());
  CHECK(table.columns[1].align == TextAlign::right);
  CHECK(table.columns[1].cell.text == "{{description}}");
  CHECK_FALSE(table.repeat_header);
  CHECK_FALSE(block_as<PageBreakDef>(b[9]).right_page);
  block_as<ColumnBreakDef>(b[10]);
  CHECK(block_as<SpacerDef>(b[11]).height == doctest::Approx(6 * 72 / 25.4));
  const auto& rule = block_as<RuleBlockDef>(b[12]);
  CHECK((rule.thickness == 2 && rule.color == Color{1, 0, 0}));
  const auto& callout = block_as<CalloutDef>(b[13]);
  CHECK((callout.background && callout.border));
  REQUIRE(block_as<CalloutDef>(b[14]).blocks.size() == 1);
  CHECK(block_as<CalloutDef>(b[14]).text.empty());
  CHECK(block_as<QrCodeDef>(b[15]).side == 72);
  CHECK(block_as<GroupDef>(b[16]).blocks.size() == 2);
  const auto& each = block_as<EachDef>(b[17]);
  CHECK((each.alias == "section" && each.blocks.size() == 1));
  const auto& choice = block_as<IfDef>(b[18]);
  CHECK((choice.blocks.size() == 1 && choice.else_blocks.size() == 1));
  CHECK(block_as<UnlessDef>(b[19]).blocks.empty());
  CHECK(block_as<RuleBlockDef>(b[20]).thickness == 0.5);
}

TEST_CASE("load body: includes are read relative to the including file") {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout =
      load_template_file(HANDOUT_SOURCE_DIR "/tests/fixtures/partials/main.yaml",
                         {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  REQUIRE(layout->blocks.size() == 2);
  const BodyBlockDef& block = layout->blocks[1];
  const auto& each = block_as<EachDef>(block);
  CHECK(block.where.file == HANDOUT_SOURCE_DIR "/tests/fixtures/partials/parts/item.yaml");
  CHECK(block.where.line == 2);
  REQUIRE(each.blocks.size() == 2);
  CHECK(each.blocks[1].where.file == HANDOUT_SOURCE_DIR
        "/tests/fixtures/partials/parts/description.yaml");
  CHECK(layout->included_files ==
        std::vector<std::string>{HANDOUT_SOURCE_DIR "/tests/fixtures/partials/parts/item.yaml",
                                 HANDOUT_SOURCE_DIR
                                 "/tests/fixtures/partials/parts/description.yaml"});
}

TEST_CASE("load body: an include cycle and a missing partial are errors") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_template_file(HANDOUT_SOURCE_DIR "/tests/fixtures/partials/cycle.yaml",
                                 {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.file == HANDOUT_SOURCE_DIR
        "/tests/fixtures/partials/parts/loop-b.yaml");
  CHECK(rendered(diagnostics) ==
        "1:12: including 'loop-a.yaml' here makes a cycle: loop-a.yaml -> loop-b.yaml -> "
        "loop-a.yaml\n");
  CHECK(template_errors(std::string(kHead) + "body:\n  - include: nowhere.yaml\n") ==
        "8:14: cannot include 'nowhere.yaml': there is no file templates/nowhere.yaml\n"
        "  hint: the path is relative to templates/test.yaml\n");
}

TEST_CASE("load body: unknown kinds, keys and styles, all reported with suggestions") {
  CHECK(template_errors(std::string(kHead) + "body:\n"
                                             "  - headng: x\n"
                                             "  - title: \"{{title}}\"\n"
                                             "    width: 50%\n"
                                             "  - block: title\n"
                                             "  - paragraph: x\n"
                                             "    style: nte\n"
                                             "  - heading: a\n"
                                             "    paragraph: b\n"
                                             "  - page-brake\n"
                                             "  - spacer\n") ==
        "8:5: unknown block kind 'headng'\n"
        "  hint: did you mean 'heading'?\n"
        "  hint: the block kinds are 'title', 'heading', 'paragraph', 'figure', 'list', 'table', "
        "'toc', 'page-break', 'column-break', 'spacer', 'rule', 'callout', 'qr-code', 'group', "
        "'each', 'if', 'unless' and 'include'\n"
        "10:5: unknown key 'width' in block 'title'\n"
        "  hint: the keys allowed here are 'title' and 'style'\n"
        "11:5: unknown block kind 'block'\n"
        "  hint: blocks are named by their kind now: write '- title: \"{{title}}\"', not "
        "'- block: title' (see docs/templates.md)\n"
        "  hint: the block kinds are 'title', 'heading', 'paragraph', 'figure', 'list', 'table', "
        "'toc', 'page-break', 'column-break', 'spacer', 'rule', 'callout', 'qr-code', 'group', "
        "'each', 'if', 'unless' and 'include'\n"
        "13:12: this block's style is 'nte', which the template does not define\n"
        "  hint: did you mean 'note'?\n"
        "15:5: a block has one kind, but this one has both 'heading' and 'paragraph'\n"
        "  hint: put each in a block of its own\n"
        "16:5: unknown block kind 'page-brake'\n"
        "  hint: did you mean 'page-break'?\n"
        "  hint: the block kinds are 'title', 'heading', 'paragraph', 'figure', 'list', 'table', "
        "'toc', 'page-break', 'column-break', 'spacer', 'rule', 'callout', 'qr-code', 'group', "
        "'each', 'if', 'unless' and 'include'\n"
        "17:5: block 'spacer' needs a value, as in 'spacer: ...'\n");
}

TEST_CASE("load body: bad values of block options") {
  CHECK(template_errors(std::string(kHead) +
                        "body:\n"
                        "  - heading: \"{{title\"\n"
                        "    level: 4\n"
                        "  - each: \"{{items}}\"\n"
                        "    blocks: []\n"
                        "  - if: x\n"
                        "  - table: items\n"
                        "    columns: [{text: a, width: 70%}, {text: b, width: 40%}]\n"
                        "  - paragraph: \"{{#a}}x\"\n"
                        "  - figure: a.png\n"
                        "    placement: pin\n"
                        "  - rule: [1]\n"
                        "  - include: \"\"\n") ==
        "8:15: '{{' is not closed; end the tag with '}}'\n"
        "9:12: level must be a whole number from 1 to 3, but this is 4\n"
        "10:11: each needs a data path such as 'items' or 'figure.caption', not '{{items}}'\n"
        "  hint: write the path without braces, e.g. each: items\n"
        "12:5: block 'if' has no 'blocks'\n"
        "15:17: section 'a' is not closed\n"
        "  hint: end it with {{/a}}\n"
        "17:16: placement must be 'float' or 'pinned', not 'pin'\n"
        "18:11: block 'rule' takes no value, only options such as {width: ...}\n"
        "  hint: write it as '- rule'\n"
        "19:5: include needs the path of a file of blocks\n");
}

TEST_CASE("load body: a block without a style needs its kind's defaults or 'body'") {
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {title: {}}\n"
                        "body:\n  - title: x\n  - heading: y\n") ==
        "5:5: this block names no style, and the template defines none of its default styles "
        "'heading-1', 'heading' or 'body'\n"
        "  hint: define a style 'body' under 'styles', or name one with 'style:'\n");
}

TEST_CASE("load body: data paths must be declared by the template's contract") {
  CHECK(template_errors(std::string(kHead) +
                        "data:\n"                                                            // 7
                        "  title: text\n"                                                    // 8
                        "  items:\n"                                                         // 9
                        "    type: list\n"                                                   // 10
                        "    of: {heading: text, description: text}\n"                       // 11
                        "footer: {left: \"{{titel}} {{page}} {{section}}\", style: note}\n"  // 12
                        "body:\n"                                                            // 13
                        "  - title: \"{{title}} by {{author}}\"\n"                           // 14
                        "  - each: itmes\n"                                                  // 15
                        "    blocks: []\n"                                                   // 16
                        "  - each: items\n"                                                  // 17
                        "    as: item\n"                                                     // 18
                        "    blocks:\n"                                                      // 19
                        "      - heading: \"{{number}}. {{item.heading}}\"\n"                // 20
                        "      - paragraph: \"{{descripton}}\"\n"                            // 21
                        "      - paragraph: \"{{item.headin}}\"\n"                           // 22
                        "  - if: figure\n"                                                   // 23
                        "    blocks: []\n") ==                                               // 24
        "15:11: 'itmes' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'items'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "21:21: 'descripton' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'description'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "22:21: 'item.headin' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'heading'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "23:9: 'figure' is not a field the template's 'data:' declares\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "12:17: 'titel' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'title'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n");
}

TEST_CASE("load body: a bad tag in a header or footer slot points at the tag") {
  CHECK(template_errors(std::string(kHead) +
                        "data: {title: text}\n"                                      // 7
                        "header:\n"                                                  // 8
                        "  left: \"{{title}}\"\n"                                    // 9
                        "  right: Page {{page}}, {{autor}}\n"                        // 10
                        "  style: note\n"                                            // 11
                        "  first-page:\n"                                            // 12
                        "    center: \"{{date}} {{ttle}}\"\n"                        // 13
                        "footer: {center: '{{title}} {{subtitel}}', style: note}\n"  // 14
                        "body: [paragraph: x]\n") ==
        "10:25: 'autor' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'author'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "13:23: 'ttle' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'title'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n"
        "14:29: 'subtitel' is not a field the template's 'data:' declares\n"
        "  hint: did you mean 'subtitle'?\n"
        "  hint: declare it under the template's 'data:', or use a declared field\n");
}

TEST_CASE("load body: figure fit") {
  std::optional<TemplateDef> layout = load_ok(std::string(kHead) +
                                              "body:\n"
                                              "  - figure: a.png\n"
                                              "  - figure: b.png\n"
                                              "    fit: width\n"
                                              "  - figure: c.png\n"
                                              "    height: 30mm\n"
                                              "    fit: height\n"
                                              "  - {figure: d.png, height: 1in, fit: contain}\n");
  REQUIRE(layout.has_value());
  REQUIRE(layout->blocks.size() == 4);
  const auto figure = [&](size_t index) { return block_as<FigureDef>(layout->blocks[index]); };
  CHECK(figure(0).fit == FigureFit::contain);
  CHECK(figure(1).fit == FigureFit::width);
  CHECK(figure(2).fit == FigureFit::height);
  CHECK(figure(2).height == doctest::Approx(30 * 72 / 25.4));
  CHECK(figure(3).fit == FigureFit::contain);
  CHECK(figure(3).height == doctest::Approx(72));
  CHECK(template_errors(std::string(kHead) + "body:\n"
                                             "  - figure: a.png\n"
                                             "    fit: hieght\n"
                                             "  - figure: b.png\n"
                                             "    fit: height\n"
                                             "  - figure: c.png\n"
                                             "    fitt: width\n") ==
        "9:10: fit must be 'contain', 'width' or 'height', not 'hieght'\n"
        "  hint: did you mean 'height'?\n"
        "11:10: fit: height fills the figure's height, but this figure has none\n"
        "  hint: give the height, e.g. height: 40mm\n"
        "13:5: unknown key 'fitt' in block 'figure'\n"
        "  hint: did you mean 'fit'?\n");
}

}  // namespace
}  // namespace handout
