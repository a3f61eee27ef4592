#include "layout/card_backs.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using layout_test::runs_on;
using layout_test::style;

ParagraphBlock paragraph(const std::string& text, const TextStyle& text_style) {
  return ParagraphBlock{text, plain_inline_text(text), text_style, {}};
}

// Two cards side by side, imposed, each with a front and a back in 12 pt on 16 pt.
DocTree imposed_cards() {
  DocTree document;
  document.page = layout_test::page(400, 200);
  document.page.cards = CardGridDef{2, 1, 0, 8, RuleDef{}, {}};
  document.page.impose = Imposition::cards;
  document.blocks.push_back(paragraph("Front", style(12, 16)));
  document.back_blocks.push_back(paragraph("Back", style(12, 16)));
  return document;
}

}  // namespace

TEST_CASE("card backs: laid out only when the cards are imposed and have backs") {
  DocTree document = imposed_cards();
  Diagnostics diagnostics;
  LaidOutDocument backs = lay_out_card_backs(document, {}, diagnostics);
  REQUIRE(backs.pages.size() == 1);
  REQUIRE(runs_on(backs.pages[0]).size() == 1);
  CHECK(runs_on(backs.pages[0])[0]->text == "Back");
  CHECK(runs_on(backs.pages[0])[0]->size == doctest::Approx(12));
  CHECK(diagnostics.all().empty());

  document.page.impose = Imposition::none;
  CHECK(lay_out_card_backs(document, {}, diagnostics).pages.empty());
  document.page.impose = Imposition::cards;
  document.back_blocks.clear();
  CHECK(lay_out_card_backs(document, {}, diagnostics).pages.empty());
}

TEST_CASE("card backs: the fronts' fit steps shrink the backs alike") {
  const DocTree document = imposed_cards();
  Diagnostics diagnostics;
  const FitScale fronts_took{0.8, 0.9, 1, 0};
  LaidOutDocument backs = lay_out_card_backs(document, fronts_took, diagnostics);
  REQUIRE(backs.pages.size() == 1);
  const auto runs = runs_on(backs.pages[0]);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]->size == doctest::Approx(12 * 0.8));
  // The line is smaller, so its baseline sits higher on the card.
  LaidOutDocument unscaled = lay_out_card_backs(document, {}, diagnostics);
  CHECK(runs[0]->baseline < runs_on(unscaled.pages[0])[0]->baseline);
  CHECK(diagnostics.all().empty());
}

}  // namespace handout
