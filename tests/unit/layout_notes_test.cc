#include "layout/layout_notes.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "layout/layout_document.h"
#include "layout_test_support.h"
#include "layout_typesetting_support.h"

namespace handout {
namespace {

using namespace layout_test;
using namespace typesetting_test;

constexpr double kLeading = 12;

std::vector<const LayoutNote*> notes_of(const LaidOutDocument& document, LayoutNote::Kind kind) {
  std::vector<const LayoutNote*> found;
  for (const LayoutNote& note : document.notes) {
    if (note.kind == kind) found.push_back(&note);
  }
  return found;
}

DocTree tree_of(std::vector<Block> blocks, double text_width, double text_height) {
  DocTree tree;
  tree.page = page(text_width, text_height);
  tree.blocks = std::move(blocks);
  return tree;
}

LaidOutDocument lay_out(const DocTree& tree) {
  Diagnostics diagnostics;
  return layout_document(tree, diagnostics);
}

ParagraphBlock words(int count, int line) {
  return plain_paragraph(repeat_words("Lorem", count), style(10, kLeading), {"data.yaml", line, 3});
}

// A column one word wide: a paragraph of n words is n lines.
double one_word() { return shaped_width("Lorem") * 1.5; }

SetLine line_with(double ratio, double overflow) {
  SetLine line;
  line.runs.push_back(TextRun{noto(), 10, {}, 0, 0, "Rust is   used\nfor", {}});
  line.adjustment_ratio = ratio;
  line.overflow = overflow;
  return line;
}

}  // namespace

TEST_CASE("layout notes: a line that fits its column well has none") {
  CHECK(line_notes(line_with(0.8, 0), {"data.yaml", 1, 1}).empty());
  CHECK(line_notes(line_with(-0.9, 0.05), {"data.yaml", 1, 1}).empty());  // within \hfuzz
}

TEST_CASE("layout notes: loose and overfull lines quote the line and say by how much") {
  const SourceLocation where{"data.yaml", 4, 3};
  std::vector<LayoutNote> loose = line_notes(line_with(2, 0), where);
  REQUIRE(loose.size() == 1);
  CHECK(loose[0].kind == LayoutNote::Kind::loose_line);
  CHECK(loose[0].message ==
        "the justified line 'Rust is used for' is set loose: its word spaces are 2.0 times their "
        "width (line breaking aims for at most 1.6 times)");
  CHECK(loose[0].where.line == 4);
  std::vector<LayoutNote> short_line =
      line_notes(line_with(std::numeric_limits<double>::infinity(), 0), where);
  REQUIRE(short_line.size() == 1);
  CHECK(short_line[0].message ==
        "the justified line 'Rust is used for' has no word space to widen, so it ends short of "
        "the right edge");
  std::vector<LayoutNote> overfull = line_notes(line_with(0, 2.25), where);
  REQUIRE(overfull.size() == 1);
  CHECK(overfull[0].kind == LayoutNote::Kind::overfull_line);
  CHECK(overfull[0].message ==
        "the line 'Rust is used for' runs 2.2pt past the right edge of its "
        "column");
}

TEST_CASE("layout notes: a word wider than the column is noted on the line it starts on") {
  const std::string long_word(60, '7');
  const DocTree tree =
      tree_of({plain_paragraph("Call " + long_word + " now",
                               style(10, kLeading, TextAlign::justify), {"data.yaml", 9, 5})},
              80, 600);
  const LaidOutDocument document = lay_out(tree);
  const auto broken = notes_of(document, LayoutNote::Kind::broken_word);
  REQUIRE(broken.size() == 1);  // one word, however many lines it takes
  CHECK(broken[0]->subject == long_word.substr(0, 40) + "...");
  CHECK(broken[0]->page_index == 0);
  CHECK(broken[0]->where.line == 9);
  CHECK(broken[0]->message.find("is wider than the line, so it is broken inside") !=
        std::string::npos);
  // Its pieces cannot be justified, and no note says so; the line before it, one word on a
  // justified line, is noted.
  const auto loose = notes_of(document, LayoutNote::Kind::loose_line);
  REQUIRE(loose.size() == 1);
  CHECK(loose[0]->subject == "Call");
}

TEST_CASE("layout notes: a missing character is noted once per line, on its page") {
  // A word a line, ten lines a page: the character twice on the first line, and on the 14th.
  const std::string text = "中 中 " + repeat_words("Lorem", 12) + " 中";
  const DocTree tree = tree_of({plain_paragraph(text, style(10, kLeading), {"data.yaml", 3, 7})},
                               one_word(), 10 * kLeading);
  const LaidOutDocument document = lay_out(tree);
  const auto missing = notes_of(document, LayoutNote::Kind::missing_glyph);
  REQUIRE(missing.size() == 2);
  CHECK(missing[0]->page_index == 0);
  CHECK(missing[1]->page_index == 1);
  CHECK(missing[0]->subject == "NotoSans-Regular U+4E2D");
  CHECK(missing[0]->message.empty());  // the print check words it
  CHECK(missing[1]->where.line == 3);
}

TEST_CASE("layout notes: a line notes at most 20 of the characters its fonts lack") {
  std::string cjk;  // 30 distinct characters the bundled face lacks, U+4E00..U+4E1D, one word
  for (char32_t c = 0x4E00; c < 0x4E1E; ++c) {
    cjk += static_cast<char>(0xE0 | (c >> 12));
    cjk += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    cjk += static_cast<char>(0x80 | (c & 0x3F));
  }
  const DocTree tree = tree_of({plain_paragraph(cjk, style(10, kLeading), {"data.yaml", 3, 7})},
                               1000, 10 * kLeading);
  const LaidOutDocument document = lay_out(tree);
  REQUIRE(document.pages.size() == 1);
  const auto missing = notes_of(document, LayoutNote::Kind::missing_glyph);
  CHECK(missing.size() == kMostMissingGlyphNotesPerLine);
  CHECK(missing.back()->subject == "NotoSans-Regular U+4E13");
}

TEST_CASE("layout notes: a heading that moves on to stay with its text is noted where it lands") {
  // Three lines a page: a two-line paragraph leaves one line, enough for the heading alone but
  // not for the two lines it keeps with.
  const DocTree tree =
      tree_of({words(2, 1), plain_heading("Next", style(10, kLeading), 1, {"data.yaml", 5, 3}),
               words(4, 6)},
              one_word(), 3 * kLeading);
  const LaidOutDocument document = lay_out(tree);
  const auto moved = notes_of(document, LayoutNote::Kind::heading_moved);
  REQUIRE(moved.size() == 1);
  CHECK(moved[0]->page_index == 1);
  CHECK(moved[0]->where.line == 5);
  CHECK(moved[0]->message ==
        "the heading 'Next' moved on to the next page to stay with its text, leaving 12.0pt empty "
        "at the foot of the page before");
  CHECK(notes_of(document, LayoutNote::Kind::heading_alone).empty());
}

TEST_CASE("layout notes: a heading its text cannot follow on the page is noted as alone") {
  // Three lines a page: the heading, then three lines too few to split, which a page holds
  // only without the heading.
  const DocTree tree =
      tree_of({plain_heading("Alone", style(10, kLeading), 1, {"data.yaml", 2, 3}), words(3, 4)},
              one_word(), 3 * kLeading);
  const LaidOutDocument document = lay_out(tree);
  const auto alone = notes_of(document, LayoutNote::Kind::heading_alone);
  REQUIRE(alone.size() == 1);
  CHECK(alone[0]->page_index == 0);
  CHECK(alone[0]->message ==
        "the heading 'Alone' ends its page without its text, which starts on the next: the two "
        "together do not fit in one page");
  CHECK(notes_of(document, LayoutNote::Kind::heading_moved).empty());
}

TEST_CASE("layout notes: headings that keep with their text on the page are not noted") {
  const DocTree tree =
      tree_of({plain_heading("Fine", style(10, kLeading), 1, {"data.yaml", 2, 3}), words(3, 4)},
              one_word(), 10 * kLeading);
  CHECK(lay_out(tree).notes.empty());
}

TEST_CASE("layout: a justified last line that line breaking shrank ends at the measure") {
  // One line that is a little wider than the column: total fit keeps it one line by shrinking
  // its word spaces, as it may any line's; the last line must then be shrunk when it is set.
  const TextStyle justified = full_style(TextAlign::justify);
  const std::string text = "Rust is used in blockchain projects like Substrate";
  const double natural = shaped_width(text);
  SetParagraph set;
  set_into(set, inline_text({span(text)}), justified, natural - 2);
  REQUIRE(set.lines.size() == 1);
  CHECK(right_end(set.lines[0].runs.back()) == doctest::Approx(natural - 2));
  CHECK(set.lines[0].adjustment_ratio < 0);
  CHECK(set.lines[0].overflow == 0);
}

TEST_CASE("layout: a justified line records how far its word spaces were stretched") {
  SetParagraph set;
  set_into(set, inline_text({span(sample_text())}), full_style(TextAlign::justify), 200);
  REQUIRE(set.lines.size() > 3);
  bool stretched = false;
  for (size_t i = 0; i + 1 < set.lines.size(); ++i) {
    CHECK(right_end(set.lines[i].runs.back()) == doctest::Approx(200));
    CHECK(set.lines[i].adjustment_ratio >= -1);  // never shrunk past a third of a space
    stretched = stretched || set.lines[i].adjustment_ratio > 0;
  }
  CHECK(stretched);
  CHECK(set.lines.back().adjustment_ratio == 0);  // the last line keeps its natural width
  SetParagraph ragged;
  set_into(ragged, inline_text({span(sample_text())}), full_style(TextAlign::left), 200);
  for (const SetLine& line : ragged.lines) CHECK(line.adjustment_ratio == 0);
}

}  // namespace handout
