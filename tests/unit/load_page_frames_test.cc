#include <doctest/doctest.h>

#include "load_test_support.h"

namespace handout {
namespace {

using load_test::rendered;
using load_test::template_errors;

constexpr double kMm = 72.0 / 25.4;

const char* const kRest = load_test::kAfterPage;

std::optional<TemplateDef> load_ok(const std::string& yaml) {
  return load_test::load_template_ok(yaml);
}

TEST_CASE("load page: custom sizes, two-sided margins, columns with a rule") {
  std::optional<TemplateDef> layout = load_ok(
      "page:\n"
      "  size: {width: 8.5in, height: 11in}\n"
      "  orientation: landscape\n"
      "  margins: {top: 10mm, bottom: 12mm, inner: 20mm, outer: 15mm}\n"
      "  columns: 3\n"
      "  column-gap: 6mm\n"
      "  column-rule: {width: 0.4pt, color: \"#bbbbbb\"}\n" +
      std::string(kRest));
  REQUIRE(layout.has_value());
  const PageDef& page = layout->page;
  CHECK(page.width == doctest::Approx(792));
  CHECK(page.height == doctest::Approx(612));
  CHECK(page.two_sided);
  CHECK(page.margin_left == doctest::Approx(20 * kMm));
  CHECK(page.margin_right == doctest::Approx(15 * kMm));
  CHECK(page.margin_top == doctest::Approx(10 * kMm));
  CHECK(page.columns == 3);
  CHECK(page.column_gap == doctest::Approx(6 * kMm));
  REQUIRE(page.column_rule.has_value());
  CHECK(page.column_rule->width == doctest::Approx(0.4));
  CHECK(page.column_rule->color == Color{0xbb / 255.0, 0xbb / 255.0, 0xbb / 255.0});
  CHECK_FALSE(page.cards.has_value());
}

TEST_CASE("load page: defaults, column-rule true and cards with cut lines") {
  std::optional<TemplateDef> plain = load_ok(kRest);
  REQUIRE(plain.has_value());
  CHECK(plain->page.columns == 1);
  CHECK(plain->page.column_gap == doctest::Approx(5 * kMm));
  CHECK_FALSE(plain->page.two_sided);
  std::optional<TemplateDef> layout = load_ok(
      "page:\n"
      "  size: legal\n"
      "  two-sided: true\n"
      "  column-rule: true\n"
      "  cards: {columns: 2, rows: 4, gap: 2mm, cut-lines: {width: 0.3pt, dashed: true}}\n" +
      std::string(kRest));
  REQUIRE(layout.has_value());
  CHECK(layout->page.height == doctest::Approx(1008));
  CHECK(layout->page.two_sided);
  REQUIRE(layout->page.column_rule.has_value());
  CHECK(layout->page.column_rule->width == doctest::Approx(0.5));
  REQUIRE(layout->page.cards.has_value());
  const CardGridDef& cards = *layout->page.cards;
  CHECK((cards.columns == 2 && cards.rows == 4));
  CHECK(cards.gap == doctest::Approx(2 * kMm));
  REQUIRE(cards.cut_lines.has_value());
  CHECK(cards.cut_lines->dashed);
  CHECK(cards.cut_lines->width == doctest::Approx(0.3));
}

TEST_CASE("load page: bad frames are errors at their values") {
  CHECK(template_errors("page:\n"
                        "  columns: 0\n"
                        "  margins: {left: 1cm, inner: 2cm}\n"
                        "  cards: {columns: 2, rowz: 3, cut-lines: maybe}\n"
                        "  column-rule: {colour: \"#000000\"}\n" +
                        std::string(kRest)) ==
        "3:13: margins have either inner and outer, or left and right; not 'left' with them\n"
        "2:12: columns must be a whole number from 1 to 12, but this is 0\n"
        "5:17: unknown key 'colour' in column-rule\n"
        "  hint: did you mean 'color'?\n"
        "4:23: unknown key 'rowz' in cards\n"
        "  hint: did you mean 'rows'?\n"
        "4:43: cut-lines must be true or false, but this is text\n"
        "2:3: a page has either columns or cards, not both\n"
        "  hint: cards replace columns\n");
}

TEST_CASE("load page: balance-columns defaults to true and may be turned off") {
  std::optional<TemplateDef> plain = load_ok("page: {columns: 3}\n" + std::string(kRest));
  REQUIRE(plain.has_value());
  CHECK(plain->page.balance_columns);
  std::optional<TemplateDef> unbalanced =
      load_ok("page: {columns: 3, balance-columns: false}\n" + std::string(kRest));
  REQUIRE(unbalanced.has_value());
  CHECK_FALSE(unbalanced->page.balance_columns);
}

TEST_CASE("load page: a misspelt or bad balance-columns, or one with cards, is an error") {
  CHECK(template_errors("page:\n"
                        "  columns: 2\n"
                        "  balance-column: false\n" +
                        std::string(kRest)) ==
        "3:3: unknown key 'balance-column' in page\n"
        "  hint: did you mean 'balance-columns'?\n");
  CHECK(template_errors("page:\n"
                        "  columns: 2\n"
                        "  balance-columns: sometimes\n" +
                        std::string(kRest)) ==
        "3:20: balance-columns must be true or false, but this is text\n");
  CHECK(template_errors("page:\n"
                        "  cards: {columns: 2, rows: 2}\n"
                        "  balance-columns: true\n" +
                        std::string(kRest)) ==
        "3:3: balance-columns applies to columns, not cards\n"
        "  hint: cards are never balanced; remove balance-columns\n");
}

TEST_CASE("load regions: first-page as a bool or as the first page's own slots") {
  std::optional<TemplateDef> layout =
      load_ok(std::string(kRest) +
              "footer:\n"
              "  right: \"{{page}} {{section}} {{anything}}\"\n"
              "  first-page: {center: \"{{date | default: \\\"\\\"}}\"}\n");
  REQUIRE(layout.has_value());
  REQUIRE(layout->footer.has_value());
  CHECK(layout->footer->on_first_page);
  REQUIRE(layout->footer->first_page.has_value());
  CHECK(layout->footer->first_page->center == "{{date | default: \"\"}}");
  CHECK(layout->footer->first_page->where.line == 6);
  CHECK(template_errors(std::string(kRest) + "footer: {first-page: {middle: x}}\n") ==
        "4:23: unknown key 'middle' in first-page\n"
        "  hint: the keys allowed here are 'left', 'center', 'right', 'inner' and 'outer'\n");
}

}  // namespace
}  // namespace handout
