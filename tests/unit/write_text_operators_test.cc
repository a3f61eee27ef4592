#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "write/text_operators.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::line;
using write_test::noto;

// NotoSans-Regular: A is glyph 0x24, 639/1000 em wide; V is glyph 0x39, 600/1000 em wide.
constexpr uint32_t kA = 0x24;
constexpr uint32_t kV = 0x39;

TextRun hand_made_run(std::vector<ShapedGlyph> glyphs) {
  TextRun run;
  run.face = noto();
  run.size = 10;
  run.x = 72.5;
  run.baseline = 100;
  run.color = {0.2, 0.4, 1.0};
  run.text = std::string(glyphs.size(), 'x');
  run.glyphs = std::move(glyphs);
  return run;
}

std::string tj_part(const std::string& operators) {
  return operators.substr(operators.find(" Tm\n") + 4);
}

TEST_CASE("write: the declared widths are the font's advances in thousandths of an em") {
  CHECK(declared_width(*noto(), kA) == 639);
  CHECK(declared_width(*noto(), kV) == 600);
}

TEST_CASE("write: a run sets font, size, colour and a text matrix at its flipped baseline") {
  TextRun run = hand_made_run({{kA, 0, 6.39, 0, 0}, {kV, 1, 6.0, 0, 0}});
  CHECK(text_run_operators(run, "F3", 841.89) ==
        "/F3 10 Tf\n"
        "0.2 0.4 1 rg\n"
        "1 0 0 1 72.5 741.89 Tm\n"
        "[<00240039>] TJ\n");
}

TEST_CASE("write: TJ adjustments carry kerning, offsets, widened spaces and rise") {
  SUBCASE("kerning narrows the advance") {
    TextRun run = hand_made_run({{kA, 0, 5.99, 0, 0}, {kV, 1, 6.0, 0, 0}});
    CHECK(tj_part(text_run_operators(run, "F1", 800)) == "[<0024>40<0039>] TJ\n");
  }
  SUBCASE("a widened advance moves the next glyph right") {
    TextRun run = hand_made_run({{kA, 0, 10.39, 0, 0}, {kV, 1, 6.0, 0, 0}});
    CHECK(tj_part(text_run_operators(run, "F1", 800)) == "[<0024>-400<0039>] TJ\n");
  }
  SUBCASE("an x offset moves one glyph, not the ones after it") {
    TextRun run = hand_made_run({{kA, 0, 6.39, 0.5, 0}, {kV, 1, 6.0, 0, 0}});
    CHECK(tj_part(text_run_operators(run, "F1", 800)) == "[-50<0024>50<0039>] TJ\n");
  }
  SUBCASE("a y offset raises the glyph with text rise") {
    TextRun run = hand_made_run({{kA, 0, 6.39, 0, 0}, {kV, 1, 6.0, 0, 2.25}, {kA, 2, 6.39, 0, 0}});
    CHECK(tj_part(text_run_operators(run, "F1", 800)) ==
          "[<0024>] TJ\n2.25 Ts\n[<0039>] TJ\n0 Ts\n[<0024>] TJ\n");
  }
}

// The contents of every `[...] TJ` array, in order. (Scanned by hand: libstdc++'s recursive
// std::regex overflows the stack on arrays of thousands of glyphs under AddressSanitizer.)
std::vector<std::string> tj_arrays(const std::string& operators) {
  std::vector<std::string> arrays;
  for (size_t open = operators.find('['); open != std::string::npos;
       open = operators.find('[', open + 1)) {
    size_t close = operators.find(']', open);
    if (close == std::string::npos) break;
    if (operators.compare(close, 4, "] TJ") == 0) {
      arrays.push_back(operators.substr(open + 1, close - open - 1));
    }
    open = close;
  }
  return arrays;
}

// Follows the TJ arrays as a PDF reader does and returns where each glyph starts.
std::vector<double> glyph_positions(const TextRun& run, const std::string& operators) {
  std::vector<double> positions;
  double x = run.x;
  for (const std::string& array : tj_arrays(operators)) {
    for (size_t at = 0; at < array.size();) {
      if (array[at] == '<') {
        const size_t close = array.find('>', at);
        for (size_t i = at + 1; i + 4 <= close; i += 4) {
          positions.push_back(x);
          x += declared_width(*run.face, std::stoul(array.substr(i, 4), nullptr, 16)) *
               run.size / 1000;
        }
        at = close + 1;
      } else if (array[at] == '-' || std::isdigit(static_cast<unsigned char>(array[at]))) {
        size_t length = 0;
        const double adjustment = std::stod(array.substr(at), &length);
        x -= adjustment * run.size / 1000;
        at += length;
      } else {
        ++at;
      }
    }
  }
  return positions;
}

TEST_CASE("write: rounding in long runs never adds up") {
  TextRun run = line("Justified text: with spaces widened by odd amounts. ", 33.3, 50, 9.7);
  for (int copy = 0; copy < 40; ++copy) run.text += run.text.substr(0, 52);
  run.glyphs = shape_text(*run.face, run.size, run.text).glyphs;
  for (size_t i = 0; i < run.glyphs.size(); ++i) {
    if (run.text[run.glyphs[i].cluster] == ' ') run.glyphs[i].x_advance += 1.2345678 + i * 1e-5;
    run.glyphs[i].x_offset = (i % 7 == 3) ? 0.0123456 : 0;
  }
  REQUIRE(run.glyphs.size() > 2000);

  std::string operators = text_run_operators(run, "F1", 800);
  std::vector<double> positions = glyph_positions(run, operators);
  REQUIRE(positions.size() == run.glyphs.size());
  double pen = run.x;
  double worst = 0;
  for (size_t i = 0; i < run.glyphs.size(); ++i) {
    worst = std::max(worst, std::abs(positions[i] - (pen + run.glyphs[i].x_offset)));
    pen += run.glyphs[i].x_advance;
  }
  CHECK(worst < 1e-5);
}

TEST_CASE("write: long runs are split into strings and arrays every viewer can read") {
  std::vector<ShapedGlyph> glyphs;
  for (int i = 0; i < 2500; ++i) glyphs.push_back({kA, static_cast<uint32_t>(i), 6.39, 0, 0});
  std::string plain = tj_part(text_run_operators(hand_made_run(glyphs), "F1", 800));
  std::string thousand_a;
  for (int i = 0; i < 1000; ++i) thousand_a += "0024";
  CHECK(plain ==
        "[<" + thousand_a + "><" + thousand_a + "><" + thousand_a.substr(0, 2000) + ">] TJ\n");

  for (size_t i = 0; i < glyphs.size(); ++i) glyphs[i].x_advance = i % 2 ? 6.0 : 6.5;
  std::string kerned = tj_part(text_run_operators(hand_made_run(glyphs), "F1", 800));
  std::regex tj(R"(\[([^\]]*)\] TJ)");
  int arrays = 0;
  for (std::sregex_iterator it(kerned.begin(), kerned.end(), tj), end; it != end; ++it) {
    std::string body = (*it)[1];
    std::regex element("<[0-9A-F]+>|-?[0-9.]+");
    auto elements = std::distance(std::sregex_iterator(body.begin(), body.end(), element),
                                  std::sregex_iterator());
    CHECK(elements <= 1000);
    ++arrays;
  }
  CHECK(arrays == 5);  // 2500 glyphs and 2499 adjustments, at most 1000 to an array
}

}  // namespace
}  // namespace handout
