#include <doctest/doctest.h>
#include <hyphen.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/file_reading.h"
#include "layout/hyphenation.h"
#include "layout/hyphenation_patterns.h"

namespace handout {
namespace {

constexpr const char* kEnglishUs = "/usr/share/hyphen/hyph_en_US.dic";
constexpr const char* kEnglishGb = "/usr/share/hyphen/hyph_en_GB.dic";

// What libhyphen itself says for `word`, with the same minimums as HyphenationDictionary.
std::vector<size_t> libhyphen_points(HyphenDict* dict, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  std::vector<size_t> found;
  if (hnj_hyphen_hyphenate3(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(),
                            nullptr, &rep, &pos, &cut, 2, 2, 2, 2) == 0) {
    for (size_t i = 1; i + 2 < word.size(); ++i) {
      if (hyphens[i] & 1) found.push_back(i + 1);
    }
  }
  std::free(rep);
  std::free(pos);
  std::free(cut);
  return found;
}

std::string random_word(std::mt19937& random) {
  // Letters weighted towards English ones, so that many patterns match.
  static const std::string letters = "eeeeeeaaaaiiiiooooouuuttttnnnnsssrrrhhllddccmmppggbbffyywkvxzjq";
  std::uniform_int_distribution<size_t> length(5, 16);
  std::uniform_int_distribution<size_t> letter(0, letters.size() - 1);
  std::string word(length(random), 'a');
  for (char& c : word) c = letters[letter(random)];
  return word;
}

}  // namespace

TEST_CASE("hyphenation patterns: the same points as libhyphen for 20,000 words per dictionary") {
  for (const char* path : {kEnglishUs, kEnglishGb}) {
    const auto ours = HyphenationDictionary::load(path);
    HyphenDict* reference = hnj_hyphen_load(path);
    REQUIRE(ours != nullptr);
    REQUIRE(reference != nullptr);
    CHECK(ours->uses_own_patterns());
    std::mt19937 random(7);
    std::vector<std::string> words = {"hyphenation", "typesetting", "programming", "applications",
                                      "embedded", "cryptocurrency", "development", "webassembly"};
    while (words.size() < 20000) words.push_back(random_word(random));
    size_t differing = 0, hyphenated = 0;
    for (const std::string& word : words) {
      const std::vector<size_t> expected = libhyphen_points(reference, word);
      hyphenated += expected.empty() ? 0 : 1;
      if (ours->points(word) != expected && ++differing <= 5) {
        const std::string where = std::string(path) + ": " + word;
        MESSAGE(where);
      }
    }
    CHECK(differing == 0);
    CHECK(hyphenated > 10000);  // the comparison is about words that do get hyphens
    hnj_hyphen_free(reference);
  }
}

TEST_CASE("hyphenation patterns: values at each boundary are the largest digit of any match") {
  const auto patterns = HyphenationPatterns::parse("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 4\n"
                                                   "% a comment\n.ab1c\nb2c\n1cd\n");
  REQUIRE(patterns.has_value());
  CHECK(patterns->left_hyphen_min() == 1);
  CHECK(patterns->right_hyphen_min() == 4);
  // ".abcd." : boundary 3 is before 'c' (1 from .ab1c, 2 from b2c), boundary 3 also gets 1cd's 1.
  CHECK(patterns->boundary_values(".abcd.") == std::vector<uint8_t>{0, 0, 0, 2, 0, 0, 0});
  CHECK(patterns->boundary_values(".xbcd.") == std::vector<uint8_t>{0, 0, 0, 2, 0, 0, 0});
  CHECK(patterns->boundary_values(".xxcd.") == std::vector<uint8_t>{0, 0, 0, 1, 0, 0, 0});
}

TEST_CASE("hyphenation patterns: multi-byte letters keep their digits between characters") {
  const auto patterns = HyphenationPatterns::parse("UTF-8\n\xC3\xA4" "1b\n");
  REQUIRE(patterns.has_value());
  // ".äb." is 5 bytes: '.', 0xC3, 0xA4, 'b', '.'; the break is before 'b', byte 3.
  CHECK(patterns->boundary_values(".\xC3\xA4" "b.") == std::vector<uint8_t>{0, 0, 0, 1, 0, 0});
}

TEST_CASE("hyphenation patterns: files with libhyphen's extensions are left to libhyphen") {
  CHECK_FALSE(HyphenationPatterns::parse("ISO8859-1\n.ab1c\n").has_value());
  CHECK_FALSE(HyphenationPatterns::parse("UTF-8\nNEXTLEVEL\n1-1\n").has_value());
  CHECK_FALSE(HyphenationPatterns::parse("UTF-8\nc1k/k=k,1,1\n").has_value());
  CHECK_FALSE(HyphenationPatterns::parse("UTF-8\nLEFTHYPHENMIN two\n").has_value());
  CHECK(HyphenationPatterns::parse("UTF-8\r\n.ab1c\r\n").has_value());
}

}  // namespace handout
