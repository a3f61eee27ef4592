#include <doctest/doctest.h>

#include "layout/line_breaking.h"
#include "layout_test_support.h"

namespace handout {
namespace {

using layout_test::style;

ShapedParagraph shape(const std::string& text) {
  Diagnostics diagnostics;
  MissingGlyphReport report(diagnostics);
  return shape_paragraph(text, style(), "en", report, {});
}

std::string text_of(const ShapedParagraph& paragraph, const LineSpan& line) {
  const size_t begin = paragraph.glyphs[line.begin].cluster;
  const size_t end = line.end < paragraph.glyphs.size() ? paragraph.glyphs[line.end].cluster
                                                        : paragraph.text.size();
  return paragraph.text.substr(begin, end - begin);
}

const char* const kText =
    "Rust is used in distributed systems projects like TiKV due to its performance and safety, "
    "and its control over memory makes it suitable for bare-metal programming of embedded devices.";

}  // namespace

TEST_CASE("layout: greedy breaking fills each line with the words that fit and no more") {
  const ShapedParagraph paragraph = shape(kText);
  const double width = 120;
  const std::vector<LineSpan> lines = break_lines(paragraph, {width, width});
  REQUIRE(lines.size() > 3);
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineSpan& line = lines[i];
    CHECK(paragraph.width_of(line.begin, line.end) <= width);
    CHECK(line.last == (i + 1 == lines.size()));
    if (i + 1 == lines.size()) {
      CHECK(line.end == paragraph.glyphs.size());
      continue;
    }
    // Lines end at a word space, which neither line draws, and the next word would not fit.
    CHECK(paragraph.text[paragraph.glyphs[line.end].cluster] == ' ');
    CHECK(lines[i + 1].begin == line.end + 1);
    size_t next_word_end = lines[i + 1].begin;
    while (next_word_end < paragraph.glyphs.size() &&
           paragraph.text[paragraph.glyphs[next_word_end].cluster] != ' ') {
      ++next_word_end;
    }
    CHECK(paragraph.width_of(line.begin, next_word_end) > width);
  }
  std::string joined;
  for (const LineSpan& line : lines)
    joined += (joined.empty() ? "" : " ") + text_of(paragraph, line);
  CHECK(joined == kText);
}

TEST_CASE("layout: the first line is shorter by the first-line indent") {
  const ShapedParagraph paragraph = shape(kText);
  const std::vector<LineSpan> lines = break_lines(paragraph, {60, 200});
  REQUIRE(lines.size() >= 2);
  CHECK(paragraph.width_of(lines[0].begin, lines[0].end) <= 60);
  CHECK(paragraph.width_of(lines[1].begin, lines[1].end) > 60);
  CHECK(paragraph.width_of(lines[1].begin, lines[1].end) <= 200);
}

TEST_CASE("layout: a word wider than the line is broken between glyphs instead of overflowing") {
  const ShapedParagraph paragraph = shape("a Donaudampfschifffahrtsgesellschaftskapitän b");
  const double width = 40;
  const std::vector<LineSpan> lines = break_lines(paragraph, {width, width});
  REQUIRE(lines.size() >= 5);
  std::string joined;
  for (const LineSpan& line : lines) {
    CHECK(line.begin < line.end);
    CHECK(paragraph.width_of(line.begin, line.end) <= width);
    joined += text_of(paragraph, line) + "|";
  }
  CHECK(joined.substr(0, 2) == "a|");
  std::string letters;
  for (char c : joined) {
    if (c != '|') letters += c;
  }
  CHECK(letters == "aDonaudampfschifffahrtsgesellschaftskapitän b");
  // The pieces of the long word are as long as they can be.
  CHECK(paragraph.width_of(lines[1].begin, lines[1].end + 1) > width);
  // Exactly the lines that end inside the word say so.
  for (const LineSpan& line : lines) {
    const bool ends_inside_a_word = line.end < paragraph.glyphs.size() &&
                                    paragraph.text[paragraph.glyphs[line.end].cluster] != ' ';
    CHECK(line.broken_word == ends_inside_a_word);
  }
  CHECK(lines[1].broken_word);
}

TEST_CASE("layout: a letter and its combining mark are never split when a word is broken") {
  const ShapedParagraph paragraph = shape("q\u0301q\u0301q\u0301q\u0301q\u0301");
  REQUIRE(paragraph.glyphs.size() == 10);  // no precomposed form: base and mark glyphs
  size_t breaks = 0;
  for (double width = 1; width < 40; width += 0.5) {
    for (const LineSpan& line : break_lines(paragraph, {width, width})) {
      if (line.end == paragraph.glyphs.size()) continue;
      ++breaks;
      CHECK(paragraph.glyphs[line.end].cluster != paragraph.glyphs[line.end - 1].cluster);
    }
  }
  CHECK(breaks > 0);
}

TEST_CASE("layout: a zero or negative width still terminates with one cluster a line") {
  const ShapedParagraph paragraph = shape("ab cd");
  const std::vector<LineSpan> lines = break_lines(paragraph, {0, -5});
  REQUIRE(lines.size() == 4);
  for (const LineSpan& line : lines) CHECK(line.end == line.begin + 1);
}

TEST_CASE("layout: an empty paragraph has no lines") {
  CHECK(break_lines(shape(""), {100, 100}).empty());
}

TEST_CASE("layout: a line exactly as wide as the room is kept whole") {
  const ShapedParagraph paragraph = shape("exact fit");
  const double width = paragraph.width_of(0, paragraph.glyphs.size());
  const std::vector<LineSpan> lines = break_lines(paragraph, {width, width});
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].end == paragraph.glyphs.size());
}

}  // namespace handout
