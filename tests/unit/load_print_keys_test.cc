#include <doctest/doctest.h>

#include "load_test_support.h"

namespace handout {
namespace {

using load_test::block_as;
using load_test::load_template_ok;
using load_test::template_errors;

constexpr double kMm = 72.0 / 25.4;

const char* const kRest = load_test::kAfterPage;

TEST_CASE("load print keys: bleed, background, impose and marks on the page") {
  std::optional<TemplateDef> layout = load_template_ok(
      "page:\n"
      "  size: A5\n"
      "  bleed: 3mm\n"
      "  background: \"#f4ecd8\"\n"
      "  impose: booklet\n"
      "  marks: true\n" +
      std::string(kRest));
  REQUIRE(layout.has_value());
  CHECK(layout->page.bleed == doctest::Approx(3 * kMm));
  REQUIRE(layout->page.background.has_value());
  CHECK(layout->page.background->red == doctest::Approx(0xf4 / 255.0));
  CHECK(layout->page.impose == Imposition::booklet);
  CHECK(layout->page.crop_marks);

  std::optional<TemplateDef> plain = load_template_ok(kRest);
  REQUIRE(plain.has_value());
  CHECK(plain->page.bleed == 0);
  CHECK_FALSE(plain->page.background.has_value());
  CHECK(plain->page.impose == Imposition::none);
  CHECK_FALSE(plain->page.crop_marks);
}

TEST_CASE("load print keys: bad values are errors with their positions") {
  CHECK(template_errors("page: {impose: 2-up}\n" + std::string(kRest)) ==
        "1:16: impose must be 'none', '2up', 'booklet' or 'cards', not '2-up'\n"
        "  hint: did you mean '2up'?\n");
  CHECK(template_errors("page: {bleed: 30mm}\n" + std::string(kRest)) ==
        "1:15: bleed must be at most 1in (72pt), but this is 30mm\n"
        "  hint: printers usually ask for 3mm\n");
  CHECK(template_errors("page: {bleed: -1mm}\n" + std::string(kRest)).find("1:15: bleed") == 0);
  CHECK(template_errors("page: {impose: cards}\n" + std::string(kRest)) ==
        "1:16: impose: cards places the cards of a card grid, but this page has none\n"
        "  hint: give the page a grid, e.g. cards: {columns: 2, rows: 4}\n");
}

TEST_CASE("load print keys: a figure that bleeds, a page break to a right-hand page") {
  std::optional<TemplateDef> layout = load_template_ok(
      "fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
      "styles: {body: {}}\n"
      "body:\n"
      "  - figure: banner.png\n"
      "    bleed: true\n"
      "  - page-break: right\n"
      "  - page-break\n");
  REQUIRE(layout.has_value());
  REQUIRE(layout->blocks.size() == 3);
  CHECK(block_as<FigureDef>(layout->blocks[0]).bleed);
  CHECK(block_as<PageBreakDef>(layout->blocks[1]).right_page);
  CHECK_FALSE(block_as<PageBreakDef>(layout->blocks[2]).right_page);
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {body: {}}\n"
                        "body: [{page-break: left}]\n") ==
        "3:21: page-break must be 'right', not 'left'\n");
}

TEST_CASE("load print keys: inner and outer footer slots, not mixed with left and right") {
  std::optional<TemplateDef> layout = load_template_ok(
      std::string(kRest) + "footer: {inner: \"{{title}}\", outer: \"{{page}}\"}\n");
  REQUIRE(layout.has_value());
  REQUIRE(layout->footer.has_value());
  CHECK(layout->footer->inner_outer);
  CHECK(layout->footer->left == "{{title}}");
  CHECK(layout->footer->right == "{{page}}");
  CHECK(template_errors(std::string(kRest) + "footer: {left: a, outer: b}\n") ==
        "4:10: a header or footer has either inner and outer, or left and right; not 'left' "
        "with them\n");
}

TEST_CASE("load print keys: a back for the cards, which needs a card grid") {
  std::optional<TemplateDef> layout =
      load_template_ok("page: {cards: {columns: 2, rows: 2}}\n" + std::string(kRest) +
                       "back: [paragraph: \"back\"]\n");
  REQUIRE(layout.has_value());
  REQUIRE(layout->back_blocks.size() == 1);
  CHECK(block_as<ParagraphDef>(layout->back_blocks[0]).text.text == "back");
  CHECK(template_errors(std::string(kRest) + "back: [paragraph: b]\n") ==
        "4:1: back gives the backs of cards, but this template's page has no card grid\n"
        "  hint: give the page a grid, e.g. cards: {columns: 2, rows: 4}\n");
  CHECK(template_errors("page: {cards: {columns: 2, rows: 2}}\n" + std::string(kRest) +
                        "back: []\n") == "5:7: back must have at least one block\n");
}

}  // namespace
}  // namespace handout
