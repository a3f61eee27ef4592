#include <doctest/doctest.h>

#include <string>

#include "core/utf8.h"
#include "layout_typesetting_support.h"

namespace handout {
namespace {

using typesetting_test::full_style;
using typesetting_test::shape;

// Every code point from `first` on that is not a surrogate, `count` of them at most, as UTF-8.
std::string code_points_from(char32_t& next, size_t count) {
  std::string text;
  for (; next <= 0x10FFFF && count > 0; ++next) {
    if (next >= 0xD800 && next <= 0xDFFF) continue;
    text += encode_utf8(next);
    --count;
  }
  return text;
}

// The characters after which UAX #14 requires a break (classes BK, CR, LF and NL).
bool is_line_separator(char32_t c) {
  return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool starts_cluster(const ShapedParagraph& paragraph, size_t glyph) {
  return glyph > 0 && glyph < paragraph.glyphs.size() &&
         paragraph.glyphs[glyph].cluster != paragraph.glyphs[glyph - 1].cluster;
}

// The character that ends right before the cluster of `glyph` (0 at the text's start, which a
// glyph after the first has in right-to-left text: HarfBuzz gives its glyphs in visual order).
char32_t character_before(const ShapedParagraph& paragraph, size_t glyph) {
  const size_t end = paragraph.glyphs[glyph].cluster;
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(paragraph.text[start]) & 0xC0) == 0x80) --start;
  return decode_first_character(std::string_view(paragraph.text).substr(start)).code_point;
}

// The glyphs that start right after a line separator: where a mandatory break must be.
size_t line_separators_inside(const ShapedParagraph& paragraph) {
  size_t count = 0;
  for (size_t glyph = 1; glyph < paragraph.glyphs.size(); ++glyph) {
    if (starts_cluster(paragraph, glyph) && is_line_separator(character_before(paragraph, glyph)))
      ++count;
  }
  return count;
}

// Checks one paragraph's break points and returns how many there are before its end.
size_t checked_break_points(const ShapedParagraph& paragraph) {
  const std::vector<BreakPoint>& breaks = paragraph.breaks;
  REQUIRE(!breaks.empty());
  CHECK(breaks.back().kind == BreakKind::final);
  CHECK(breaks.back().end == paragraph.glyphs.size());
  size_t mandatory = 0;
  for (size_t i = 0; i + 1 < breaks.size(); ++i) {
    const BreakPoint& point = breaks[i];
    CHECK(point.end < breaks[i + 1].end);
    CHECK(point.end <= point.next);
    CHECK(starts_cluster(paragraph, point.next));
    if (point.end != point.next) CHECK(starts_cluster(paragraph, point.end));
    if (point.kind == BreakKind::mandatory) {
      INFO("a mandatory break after U+"
           << std::hex << static_cast<uint32_t>(character_before(paragraph, point.next)));
      CHECK(is_line_separator(character_before(paragraph, point.next)));
      ++mandatory;
    }
  }
  CHECK(mandatory == line_separators_inside(paragraph));
  return breaks.size() - 1;
}

}  // namespace

TEST_CASE("layout: break points of text that holds every code point but the surrogates") {
  // Before, libunibreak 1.1 aborted the process on a regional-indicator pair (a flag) and on
  // U+FFFF, its own end-of-text marker.
  const TextStyle text_style = full_style();
  constexpr size_t kChunk = 8192;  // code points a paragraph, so that shaping stays fast
  size_t paragraphs = 0;
  size_t break_points = 0;
  for (char32_t next = 0; next <= 0x10FFFF; ++paragraphs) {
    const ShapedParagraph paragraph =
        shape(plain_inline_text(code_points_from(next, kChunk)), text_style);
    break_points += checked_break_points(paragraph);
  }
  CHECK(paragraphs == (0x110000 - 0x800 + kChunk - 1) / kChunk);
  // Each CJK ideograph and Hangul syllable may end a line: well over 100,000 places.
  CHECK(break_points > 100'000);
}

TEST_CASE("layout: a flag and U+FFFF in a sentence break like the letters around them") {
  const std::string flag = "\U0001F1FA\U0001F1F8";
  const std::string text = "Flags " + flag + flag + " here \uFFFF and there";
  const ShapedParagraph paragraph = shape(plain_inline_text(text), full_style());
  REQUIRE(paragraph.text == text);
  checked_break_points(paragraph);
  std::vector<size_t> break_bytes;  // where the next line would start
  for (const BreakPoint& point : paragraph.breaks) {
    if (point.kind != BreakKind::final) break_bytes.push_back(paragraph.glyphs[point.next].cluster);
  }
  // After each word space, and between the two flags, but never inside a flag: UAX #14 keeps
  // regional indicators together in pairs (LB30a). U+FFFF is unassigned, so it is a letter.
  CHECK(break_bytes == std::vector<size_t>{6, 14, text.find("here"), text.find("\uFFFF"),
                                           text.find("and"), text.find("there")});
}

}  // namespace handout
