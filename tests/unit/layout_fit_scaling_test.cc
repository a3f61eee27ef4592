#include <doctest/doctest.h>

#include "layout/fit_scaling.h"

namespace handout {

TEST_CASE("fit scaling: styles, figures and columns shrink; the header keeps its size") {
  DocTree document;
  TextStyle body;
  body.size = 10;
  body.leading = 12;
  body.space_after = 6;
  document.blocks.push_back(ParagraphBlock{"x", {}, body, {}});
  FigureBlock figure;
  figure.width = Measure::share(1);
  figure.max_height = Measure::share(0.5);
  CalloutBlock callout;
  callout.blocks.push_back(figure);
  document.blocks.push_back(std::move(callout));
  document.header = RunningText{};
  document.header->style = body;
  document.page.columns = 2;

  document.back_blocks.push_back(ParagraphBlock{"back", {}, body, {}});

  const DocTree scaled = scaled_document(document, {0.9, 0.95, 0.5, 3});
  const auto& paragraph = std::get<ParagraphBlock>(scaled.blocks[0]);
  CHECK(paragraph.style->size == doctest::Approx(9));
  CHECK(paragraph.style->leading == doctest::Approx(12 * 0.9 * 0.95));
  CHECK(paragraph.style->space_after == doctest::Approx(5.4));
  const auto& inner = std::get<FigureBlock>(std::get<CalloutBlock>(scaled.blocks[1]).blocks[0]);
  CHECK(inner.width.fraction_of(100) == doctest::Approx(0.5));
  CHECK(inner.max_height.fraction_of(100) == doctest::Approx(0.25));
  CHECK(std::get<ParagraphBlock>(scaled.back_blocks[0]).style->size == doctest::Approx(9));
  CHECK(scaled.header->style->size == 10);
  CHECK(scaled.page.columns == 3);
  // Leading never goes below the size.
  const DocTree tight = scaled_document(document, {1, 0.5, 1, 0});
  CHECK(std::get<ParagraphBlock>(tight.blocks[0]).style->leading == doctest::Approx(10));
  CHECK(tight.page.columns == 2);
}

}  // namespace handout
