#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "layout/unicode_line_breaks.h"

namespace handout {
namespace {

using Breaks = std::vector<std::pair<size_t, bool>>;  // (byte, mandatory)

Breaks breaks_of(std::string_view text, std::string_view language = "en-US") {
  Breaks found;
  for_each_unicode_line_break(
      text, language, [&](size_t byte, bool mandatory) { found.emplace_back(byte, mandatory); });
  return found;
}

std::vector<size_t> bytes_of(const Breaks& breaks) {
  std::vector<size_t> bytes;
  for (const auto& [byte, mandatory] : breaks) bytes.push_back(byte);
  return bytes;
}

// Small kana and the prolonged sound mark (line-break class CJ): a Japanese text may break before
// them, the untailored rules may not.
const char* const kKana = "\u30AD\u30E3\u30C3\u30C8";  // キャット

}  // namespace

TEST_CASE("layout: Unicode line breaks after spaces and around ideographs, not at the ends") {
  CHECK(breaks_of("one two") == Breaks{{4, false}});
  CHECK(breaks_of("\u4E2D\u6587") == Breaks{{3, false}});
  CHECK(breaks_of("") == Breaks{});
  CHECK(breaks_of("word ") == Breaks{});
}

TEST_CASE("layout: Unicode line breaks are mandatory after every kind of line separator") {
  // LF, U+2028, NEL, CR, CR LF (one break), VT, FF and U+2029.
  const std::string text = "a\nb\u2028c\u0085d\re\r\nf\vg\fh\u2029i";
  CHECK(breaks_of(text) == Breaks{{2, true},
                                  {6, true},
                                  {9, true},
                                  {11, true},
                                  {14, true},
                                  {16, true},
                                  {18, true},
                                  {22, true}});
}

TEST_CASE("layout: Unicode line breaks keep flags whole and take U+FFFF as a letter") {
  const std::string flag = "\U0001F1FA\U0001F1F8";  // two regional indicators
  CHECK(breaks_of(flag + flag + flag) == Breaks{{8, false}, {16, false}});
  CHECK(breaks_of("a\uFFFFb \uFFFE \U0010FFFF") == Breaks{{6, false}, {10, false}});
  // A family (emoji joined by ZWJ) and a skin tone stay one unit.
  CHECK(breaks_of("\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F44D\U0001F3FD") ==
        Breaks{{18, false}});
}

TEST_CASE("layout: Unicode line breaks never fall inside a malformed UTF-8 sequence's bytes") {
  const std::string text = "ab\xFF\xFE cd\xC0\x80 e\xE2\x82 f\xF4\x90\x80\x80 g";
  size_t previous = 0;
  for (const auto& [byte, mandatory] : breaks_of(text)) {
    CHECK(byte > previous);
    CHECK(byte < text.size());
    CHECK(text[byte - 1] == ' ');  // each is a word space's break
    previous = byte;
  }
  CHECK(bytes_of(breaks_of(text)).size() == 4);
}

TEST_CASE("layout: the language tailors Unicode line breaks; a tag ICU cannot read is ignored") {
  CHECK(bytes_of(breaks_of(kKana, "ja")) == std::vector<size_t>{3, 6, 9});
  CHECK(bytes_of(breaks_of(kKana, "ja-JP")) == std::vector<size_t>{3, 6, 9});
  CHECK(bytes_of(breaks_of(kKana, "")) == std::vector<size_t>{9});
  CHECK(bytes_of(breaks_of(kKana, "en-US")) == std::vector<size_t>{9});
  CHECK(bytes_of(breaks_of(kKana, "ja-u-lb-strict")) == std::vector<size_t>{9});
  CHECK(bytes_of(breaks_of(kKana, "not a tag!")) == std::vector<size_t>{9});
  CHECK(bytes_of(breaks_of(kKana, "abcdefgh-12345678")) == std::vector<size_t>{9});
}

TEST_CASE("layout: Unicode line breaks are the same on every thread and for many languages") {
  const std::string text = std::string(kKana) + " and more words, 12.5% of them";
  const Breaks japanese = breaks_of(text, "ja");
  const Breaks english = breaks_of(text, "en");
  REQUIRE(japanese != english);
  // More languages than a cache keeps: it starts over, with the same results.
  for (int i = 0; i < 40; ++i) {
    CHECK(breaks_of(text, "en-x-" + std::to_string(i)) == english);
  }
  std::vector<Breaks> found(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < found.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        found[t] = breaks_of(text, t % 2 ? "ja" : "en");
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t t = 0; t < found.size(); ++t) CHECK(found[t] == (t % 2 ? japanese : english));
}

}  // namespace handout
