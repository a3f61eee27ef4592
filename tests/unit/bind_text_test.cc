#include <doctest/doctest.h>

#include "core/whitespace.h"

using namespace handout;

TEST_CASE("bind: blank lines separate paragraphs, other white space folds") {
  auto paragraphs = split_paragraphs("  First line\nstill first.\n\n\tSecond   one.\n \n\nThird\n");
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0] == "First line still first.");
  CHECK(paragraphs[1] == "Second one.");
  CHECK(paragraphs[2] == "Third");
  CHECK(split_paragraphs(" \n\n ").empty());
}
