#include <doctest/doctest.h>

#include <string>

#include "impose/sheet_order.h"

namespace handout {
namespace {

// "8|1 2|7 ..." with page numbers from 1, and "-" for a blank half.
std::string sides_text(const std::vector<SheetSide>& sides) {
  const auto half = [](std::optional<size_t> page) {
    return page ? std::to_string(*page + 1) : std::string("-");
  };
  std::string text;
  for (const SheetSide& side : sides) {
    if (!text.empty()) text += " ";
    text += half(side.first) + "|" + half(side.second);
  }
  return text;
}

TEST_CASE("impose order: 2-up is reading order, an odd last page with a blank half") {
  CHECK(sides_text(two_up_order(1)) == "1|-");
  CHECK(sides_text(two_up_order(2)) == "1|2");
  CHECK(sides_text(two_up_order(5)) == "1|2 3|4 5|-");
  CHECK(two_up_order(0).empty());
}

TEST_CASE("impose order: a booklet of 8 pages is 8|1, 2|7, 6|3, 4|5") {
  CHECK(sides_text(booklet_order(8)) == "8|1 2|7 6|3 4|5");
  CHECK(sides_text(booklet_order(4)) == "4|1 2|3");
  CHECK(sides_text(booklet_order(5)) == "-|1 2|- -|3 4|5");
  CHECK(sides_text(booklet_order(1)) == "-|1 -|-");
  CHECK(booklet_order(0).empty());
}

// What makes a booklet, for any page count: the count padded to a multiple of 4 (N); the
// sheets from the outermost inwards, so side s (from 0) carries page s + 1 and, across the fold,
// page N - s; the odd one of the two on the right, as in any book; pages past the document's
// blank.
TEST_CASE("impose order: booklets of 1 to 16 pages fold into reading order") {
  for (size_t count = 1; count <= 16; ++count) {
    CAPTURE(count);
    const size_t padded = (count + 3) / 4 * 4;
    const std::vector<SheetSide> sides = booklet_order(count);
    REQUIRE(sides.size() == padded / 2);
    const auto page_or_blank = [&](size_t number) {
      return number <= count ? std::optional<size_t>(number - 1) : std::nullopt;
    };
    for (size_t s = 0; s < sides.size(); ++s) {
      CAPTURE(s);
      const size_t low = s + 1;
      const size_t high = padded - s;
      const size_t right = low % 2 == 1 ? low : high;
      const size_t left = low + high - right;
      CHECK(sides[s].first == page_or_blank(left));
      CHECK(sides[s].second == page_or_blank(right));
    }
  }
  CHECK(sides_text(booklet_order(16)) == "16|1 2|15 14|3 4|13 12|5 6|11 10|7 8|9");
}

}  // namespace
}  // namespace handout
