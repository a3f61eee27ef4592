#include <doctest/doctest.h>

#include <cmath>

#include "layout/layout_document.h"
#include "layout/line_setting.h"
#include "layout/running_text.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using namespace layout_test;

constexpr double kTextWidth = 300;
constexpr double kTextHeight = 100;
constexpr double kMargin = 40;

RunningText region(const std::string& left, const std::string& center, const std::string& right,
                   bool on_first_page = true) {
  RunningText text;
  text.left = left;
  text.center = center;
  text.right = right;
  text.style = style(8, 10);
  text.style.edit().color = {0.4, 0.4, 0.4};
  text.on_first_page = on_first_page;
  return text;
}

// Three pages of body text, with the given header and footer.
LaidOutDocument three_pages(std::optional<RunningText> header, std::optional<RunningText> footer) {
  DocTree tree;
  tree.page = page(kTextWidth, kTextHeight, kMargin);
  for (int i = 0; i < 3; ++i) {
    tree.blocks.push_back(plain_paragraph(repeat_words("body text", 8 * 12), style(10, 12), {}));
  }
  tree.header = std::move(header);
  tree.footer = std::move(footer);
  Diagnostics diagnostics;
  LaidOutDocument laid_out = layout_document(tree, diagnostics);
  CHECK(diagnostics.all().empty());
  return laid_out;
}

// The runs set in the running-text style (8 pt), which the body (10 pt) never uses.
std::vector<const TextRun*> running_runs(const LaidOutPage& laid_out_page) {
  std::vector<const TextRun*> runs;
  for (const TextRun* run : runs_on(laid_out_page)) {
    if (run->size == 8) runs.push_back(run);
  }
  return runs;
}

const TextRun* run_with_text(const LaidOutPage& laid_out_page, const std::string& text) {
  for (const TextRun* run : running_runs(laid_out_page)) {
    if (run->text == text) return run;
  }
  FAIL("no running text '" << text << "'");
  return nullptr;
}

}  // namespace

TEST_CASE("layout: page numbers fill {{page}} and {{pages}}") {
  CHECK(fill_page_numbers("Page {{page}} of {{pages}}", 2, 7) == "Page 2 of 7");
  CHECK(fill_page_numbers("{{pages}}{{page}}{{page}}", 10, 12) == "121010");
  CHECK(fill_page_numbers("{{ page }} {{title}}", 1, 1) == "{{ page }} {{title}}");
}

TEST_CASE("layout: footer slots sit at the margins and in the centre of every page") {
  const LaidOutDocument laid_out =
      three_pages(std::nullopt, region("Rust", "{{page}}/{{pages}}", "Page {{page}} of {{pages}}"));
  REQUIRE(laid_out.pages.size() >= 3);
  const size_t count = laid_out.pages.size();
  const double page_width = kTextWidth + 2 * kMargin;
  const double page_height = kTextHeight + 2 * kMargin;
  for (size_t index = 0; index < count; ++index) {
    const LaidOutPage& laid_out_page = laid_out.pages[index];
    const std::string number = std::to_string(index + 1);
    REQUIRE(running_runs(laid_out_page).size() == 3);
    const TextRun* left = run_with_text(laid_out_page, "Rust");
    const TextRun* center = run_with_text(laid_out_page, number + "/" + std::to_string(count));
    const TextRun* right =
        run_with_text(laid_out_page, "Page " + number + " of " + std::to_string(count));
    REQUIRE((left && center && right));
    CHECK(left->x == doctest::Approx(kMargin));
    CHECK(center->x + width_of(*center) / 2 == doctest::Approx(page_width / 2));
    CHECK(right->x + width_of(*right) == doctest::Approx(page_width - kMargin));
    for (const TextRun* run : {left, center, right}) {
      CHECK(run->color == Color{0.4, 0.4, 0.4});
      // Inside the bottom margin, the line box centred in it: the baseline near half-way.
      CHECK(run->baseline > page_height - kMargin);
      CHECK(run->baseline < page_height);
      CHECK(run->baseline ==
            doctest::Approx(page_height - kMargin / 2 - 5 + baseline_below_line_top(style(8, 10))));
      CHECK(std::abs(run->baseline - (page_height - kMargin / 2)) < 5);
    }
  }
}

TEST_CASE("layout: the header sits in the top margin, its baseline near half-way") {
  const LaidOutDocument laid_out = three_pages(region("", "Handout", ""), std::nullopt);
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    REQUIRE(running_runs(laid_out_page).size() == 1);
    const TextRun* header = run_with_text(laid_out_page, "Handout");
    REQUIRE(header);
    CHECK(header->baseline > 0);
    CHECK(header->baseline < kMargin);
    CHECK(std::abs(header->baseline - kMargin / 2) < 5);
  }
}

TEST_CASE("layout: running text skips page 1 when it is not on the first page") {
  const LaidOutDocument laid_out =
      three_pages(region("{{page}}", "", "", false), region("", "", "{{pages}}", false));
  REQUIRE(laid_out.pages.size() >= 2);
  CHECK(running_runs(laid_out.pages[0]).empty());
  for (size_t index = 1; index < laid_out.pages.size(); ++index) {
    CHECK(run_with_text(laid_out.pages[index], std::to_string(index + 1)) != nullptr);
    CHECK(run_with_text(laid_out.pages[index], std::to_string(laid_out.pages.size())) != nullptr);
  }
}

TEST_CASE("layout: empty slots give no runs and a lone page still gets its footer") {
  DocTree tree;
  tree.page = page(kTextWidth, kTextHeight, kMargin);
  tree.footer = region("  ", "", "{{page}} of {{pages}}");
  Diagnostics diagnostics;
  const LaidOutDocument laid_out = layout_document(tree, diagnostics);
  REQUIRE(laid_out.pages.size() == 1);
  REQUIRE(running_runs(laid_out.pages[0]).size() == 1);
  CHECK(running_runs(laid_out.pages[0])[0]->text == "1 of 1");
}

}  // namespace handout
