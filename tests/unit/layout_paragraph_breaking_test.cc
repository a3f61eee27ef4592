#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "layout/hyphenation.h"
#include "layout_typesetting_support.h"

namespace handout {
namespace {

using namespace typesetting_test;

// The text before each break of the given kinds (for the break's `end` glyph).
std::vector<std::string> text_before_breaks(const ShapedParagraph& paragraph, BreakKind kind) {
  std::vector<std::string> before;
  for (const BreakPoint& point : paragraph.breaks) {
    if (point.kind != kind) continue;
    const size_t byte = point.end < paragraph.glyphs.size() ? paragraph.glyphs[point.end].cluster
                                                            : paragraph.text.size();
    before.push_back(paragraph.text.substr(0, byte));
  }
  return before;
}

bool breaks_after(const ShapedParagraph& paragraph, const std::string& prefix) {
  for (BreakKind kind : {BreakKind::space, BreakKind::plain, BreakKind::hyphen}) {
    for (const std::string& before : text_before_breaks(paragraph, kind)) {
      if (before == prefix || before == prefix + " ") return true;
    }
  }
  return false;
}

double width_of_line(const SetLine& line) {
  return line.runs.empty() ? 0 : right_end(line.runs.back()) - line.runs.front().x;
}

std::string words(size_t count) {
  static const char* const kWords[] = {"the",    "compositor",  "justified", "paragraph",
                                       "breaks", "lines",       "evenly",    "between",
                                       "words",  "hyphenation", "of",        "a"};
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) text += ' ';
    text += kWords[(i * 7 + i / 3) % 12];
  }
  return text;
}

}  // namespace

TEST_CASE("layout: no line break next to a no-break space or a word joiner") {
  const ShapedParagraph paragraph =
      shape(inline_text({span("page\u00A010 and wait\u2060ing here")}), full_style(), false);
  CHECK_FALSE(breaks_after(paragraph, "page"));
  CHECK_FALSE(breaks_after(paragraph, "page\u00A0"));
  CHECK(breaks_after(paragraph, "page\u00A010"));
  CHECK_FALSE(breaks_after(paragraph, "page\u00A010 and wait"));
  CHECK_FALSE(breaks_after(paragraph, "page\u00A010 and wait\u2060"));
}

TEST_CASE("layout: a URL may break after a slash; an em dash may break after it") {
  const ShapedParagraph url = shape(
      inline_text({span("see https://example.org/specimens/typography now")}), full_style(), false);
  CHECK(breaks_after(url, "see https://example.org/"));
  CHECK(breaks_after(url, "see https://example.org/specimens/"));
  CHECK_FALSE(breaks_after(url, "see https:"));
  CHECK_FALSE(breaks_after(url, "see https://example."));
  const ShapedParagraph dash =
      shape(inline_text({span("words\u2014and more")}), full_style(), false);
  CHECK(breaks_after(dash, "words\u2014"));
  CHECK_FALSE(breaks_after(dash, "word"));
}

TEST_CASE("layout: hyphenation points come from the dictionary and skip short words") {
  const HyphenationDictionary* dictionary = test_dictionaries().for_language("en-US");
  REQUIRE(dictionary != nullptr);
  CHECK(test_dictionaries().for_language("en-US") == dictionary);  // loaded once
  const ShapedParagraph paragraph =
      shape(inline_text({span("this incomprehensibilities word")}), full_style(), true);
  std::vector<std::string> hyphenated;
  for (const std::string& before : text_before_breaks(paragraph, BreakKind::hyphen)) {
    hyphenated.push_back(before.substr(5));
  }
  std::vector<std::string> expected;
  for (size_t point : dictionary->points("incomprehensibilities")) {
    expected.push_back(std::string("incomprehensibilities").substr(0, point));
  }
  CHECK(!expected.empty());
  CHECK(hyphenated == expected);
  for (const std::string& before : hyphenated) {
    CHECK(before.size() >= 2);
    CHECK(before.size() <= std::string("incomprehensibilities").size() - 2);
  }
  CHECK(dictionary->points("this").empty());
  CHECK(dictionary->points("word").empty());
  CHECK(hyphenation_dictionary_path("en-GB").ends_with("hyph_en_GB.dic"));
  CHECK(hyphenation_dictionary_path("xx-YY").empty());
}

TEST_CASE("layout: words with hyphens, code and URLs get no dictionary hyphens") {
  const ShapedParagraph paragraph = shape(
      inline_text({span("state-of-the-typesetting example.org/typesetting "), code("typesetting")}),
      full_style(), true);
  CHECK(text_before_breaks(paragraph, BreakKind::hyphen).empty());
  CHECK(breaks_after(paragraph, "state-"));
}

TEST_CASE("layout: code breaks only at its spaces; prose beside it keeps its breaks") {
  const ShapedParagraph paragraph = shape(
      inline_text({span("run well-known "), code("git fetch --prune origin/main"), span(" now")}),
      full_style(), true);
  CHECK(breaks_after(paragraph, "run well-"));
  CHECK(breaks_after(paragraph, "run well-known git"));
  CHECK(breaks_after(paragraph, "run well-known git fetch"));
  CHECK_FALSE(breaks_after(paragraph, "run well-known git fetch -"));
  CHECK_FALSE(breaks_after(paragraph, "run well-known git fetch --"));
  CHECK_FALSE(breaks_after(paragraph, "run well-known git fetch --prune origin/"));
  CHECK(breaks_after(paragraph, "run well-known git fetch --prune origin/main"));
}

TEST_CASE("layout: a hyphenated line ends in a real hyphen glyph that is part of its run") {
  SetParagraph set;
  set_into(set, inline_text({span("incomprehensibilities incomprehensibilities")}),
           full_style(TextAlign::justify), 90);
  bool found = false;
  for (const SetLine& line : set.lines) {
    const TextRun& last = line.runs.back();
    if (last.text.back() != '-') continue;
    found = true;
    CHECK(last.glyphs.back().glyph_id == layout_test::noto()->glyph_for('-'));
    CHECK(last.glyphs.back().cluster == last.text.size() - 1);
  }
  CHECK(found);
  CHECK(set.diagnostics.all().empty());
}

TEST_CASE("layout: never three hyphenated lines in a row") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "incomprehensibilities internationalization ";
  SetParagraph set;
  set_into(set, inline_text({span(text)}), full_style(TextAlign::justify), 75);
  int in_row = 0;
  int most_in_row = 0;
  int hyphenated = 0;
  for (const SetLine& line : set.lines) {
    const bool ends_in_hyphen = line.runs.back().text.back() == '-';
    in_row = ends_in_hyphen ? in_row + 1 : 0;
    hyphenated += ends_in_hyphen;
    most_in_row = std::max(most_in_row, in_row);
  }
  CHECK(hyphenated > 5);
  CHECK(most_in_row <= 2);
}

TEST_CASE("layout: justified lines end at the measure; the last line keeps its natural width") {
  SetParagraph set;
  set_into(set, inline_text({span(sample_text())}), full_style(TextAlign::justify), 220);
  REQUIRE(set.lines.size() > 5);
  for (size_t i = 0; i + 1 < set.lines.size(); ++i) {
    CHECK(std::abs(right_end(set.lines[i].runs.back()) - 220) < 0.01);
  }
  CHECK(right_end(set.lines.back().runs.back()) < 220 - 1);
}

TEST_CASE("layout: total fit gives evener lines than first fit") {
  const TextStyle text_style = full_style(TextAlign::justify);
  const ShapedParagraph paragraph = shape(inline_text({span(sample_text())}), text_style, false);
  const LineBreakingRules rules{{320, 320}, TextAlign::justify, 10};
  const std::vector<LineSpan> total_fit = break_paragraph(paragraph, rules);
  const std::vector<LineSpan> first_fit = break_paragraph_greedily(paragraph, rules);
  const double total_fit_badness = total_badness(paragraph, total_fit, rules);
  const double first_fit_badness = total_badness(paragraph, first_fit, rules);
  MESSAGE("total fit " << total_fit_badness << ", first fit " << first_fit_badness);
  CHECK(total_fit_badness < first_fit_badness);
  // Both cover every glyph once, in order.
  CHECK(total_fit.front().begin == 0);
  CHECK(total_fit.back().end == paragraph.glyphs.size());
  for (size_t i = 1; i < total_fit.size(); ++i) CHECK(total_fit[i].begin >= total_fit[i - 1].end);
}

TEST_CASE("layout: ragged lines are balanced but keep their natural word spaces") {
  SetParagraph set;
  set_into(set, inline_text({span(sample_text())}), full_style(TextAlign::left), 220);
  const double space = layout_test::noto()->advance_of(layout_test::noto()->glyph_for(' ')) * 10.0 /
                       layout_test::noto()->units_per_em();
  for (const SetLine& line : set.lines) {
    CHECK(width_of_line(line) <= 220 + 1e-6);
    for (const TextRun& run : line.runs) {
      for (size_t i = 0; i < run.glyphs.size(); ++i) {
        if (run.text[run.glyphs[i].cluster] == ' ')
          CHECK(run.glyphs[i].x_advance == doctest::Approx(space));
      }
    }
  }
}

TEST_CASE("layout: no run is wider than the measure, even for a word wider than a line") {
  SetParagraph set;
  set_into(set,
           inline_text({span("a Donaudampfschifffahrtsgesellschaftskapitaen word and "
                             "https://example.org/averyveryveryverylongpathsegmentwithoutbreaks")}),
           full_style(TextAlign::justify), 80);
  REQUIRE(set.lines.size() > 3);
  for (const SetLine& line : set.lines) {
    for (const TextRun& run : line.runs) {
      CHECK(run.x >= -1e-6);
      CHECK(right_end(run) <= 80 + 0.01);
    }
  }
}

TEST_CASE("layout: a word broken inside is warned about once, at the text, with the word") {
  const std::string digits = "0123456789012345678901234567890123456789012345678901234567890123";
  SetParagraph set;
  MissingGlyphReport report(set.diagnostics);
  TypesettingContext context{"en-US", report, set.diagnostics, test_dictionaries(),
                             layout_test::test_images()};
  const InlineText text = inline_text({span("key " + digits + " and " + digits + " again")});
  set_paragraph(text, full_style(TextAlign::justify), 0, 120, context, {"data.yaml", 4, 3});
  set_paragraph(text, full_style(TextAlign::justify), 0, 120, context, {"data.yaml", 4, 3});
  REQUIRE(set.diagnostics.all().size() == 1);  // twice in the paragraph, set twice: once
  const Diagnostic& warning = set.diagnostics.all()[0];
  CHECK(warning.severity == Severity::warning);
  CHECK(warning.where.line == 4);
  CHECK(warning.message == "the word '" + digits.substr(0, 40) +
                               "...' is wider than the line (120pt), so it is broken inside, "
                               "without a hyphen");
  // The same word in other text is another warning, with that text's position.
  set_paragraph(text, full_style(), 0, 120, context, {"data.yaml", 9, 3});
  REQUIRE(set.diagnostics.all().size() == 2);
  CHECK(set.diagnostics.all()[1].where.line == 9);
}

TEST_CASE("layout: a broken URL gets a hint for links; words that fit or hyphenate get nothing") {
  SetParagraph url;
  set_into(url, inline_text({span("see https://example.org/averyveryveryveryverylongsegment")}),
           full_style(), 100);
  REQUIRE(url.diagnostics.all().size() == 1);
  CHECK(url.diagnostics.all()[0].message.starts_with(
      "the word 'https://example.org/averyveryveryveryver...' is wider"));
  CHECK(url.diagnostics.all()[0].hints.back().starts_with("a long link reads better"));

  SetParagraph prose;
  set_into(prose, inline_text({span(sample_text())}), full_style(TextAlign::justify), 150);
  CHECK(prose.diagnostics.all().empty());
}

TEST_CASE("layout: a ten-thousand-word paragraph lays out, every line within the measure") {
  SetParagraph set;
  set_into(set, inline_text({span(words(10000))}), full_style(TextAlign::justify), 250);
  CHECK(set.lines.size() > 1000);
  size_t characters = 0;
  for (const SetLine& line : set.lines) {
    characters += line_text(line).size() + 1;
    CHECK(right_end(line.runs.back()) <= 250 + 0.01);
  }
  CHECK(characters >= words(10000).size());
}

TEST_CASE("layout: a language without a hyphenation dictionary is warned about once") {
  SetParagraph set;
  MissingGlyphReport report(set.diagnostics);
  TypesettingContext context{"xx-YY", report, set.diagnostics, test_dictionaries(),
                             layout_test::test_images()};
  for (int i = 0; i < 3; ++i) {
    set_paragraph(inline_text({span(sample_text())}), full_style(), 0, 200, context, {"d", 1, 1});
  }
  REQUIRE(set.diagnostics.all().size() == 1);
  CHECK(set.diagnostics.all()[0].message.find("'xx-YY'") != std::string::npos);
  CHECK(set.diagnostics.all()[0].severity == Severity::warning);
}

}  // namespace handout

namespace handout {

TEST_CASE("layout: odd text and odd widths set without a crash and every glyph once") {
  using namespace typesetting_test;
  const std::vector<InlineText> texts = {
      inline_text({span("\n\n"), strong(" "), code("")}),
      inline_text({span("a\n\nb"), link("\u263A\u0301\u0301 x", "https://a.example")}),
      inline_text({span("\u05E9\u05DC\u05D5\u05DD world \u0627\u0644\u0633\u0644\u0627\u0645")}),
      inline_text({span("x\u00A0\u00A0\u00A0y\u2060\u2060z /// --- \u2014\u2014 ...")}),
      inline_text({emphasis("supercalifragilisticexpialidocious"), strong("-"), span("\uFFFD")}),
  };
  for (const InlineText& text : texts) {
    for (double width : {-5.0, 0.0, 1.0, 30.0, 400.0}) {
      for (TextAlign align : {TextAlign::left, TextAlign::justify, TextAlign::center}) {
        SetParagraph set;
        set_into(set, text, full_style(align), width);
        for (const SetLine& line : set.lines) {
          for (const TextRun& run : line.runs) {
            CHECK(!run.glyphs.empty());
            for (const ShapedGlyph& glyph : run.glyphs) CHECK(glyph.cluster < run.text.size());
          }
        }
      }
    }
  }
}

TEST_CASE("layout: two hard breaks in a row leave an empty line") {
  using namespace typesetting_test;
  SetParagraph set;
  set_into(set, inline_text({span("one\n\ntwo")}), full_style(), 400);
  REQUIRE(set.lines.size() == 3);
  CHECK(line_text(set.lines[0]) == "one");
  CHECK(set.lines[1].runs.empty());
  CHECK(line_text(set.lines[2]) == "two");
}

}  // namespace handout
