// Prints where a hyphenation dictionary allows each word to be divided, for the typography test's
// check that every hyphen a line ends with is a real dictionary break.
// Usage: hyphenation_points DICTIONARY.dic < words   (one lowercase UTF-8 word per line)
// Output: one line per word: the word, a tab, and the byte offsets after which it may be divided,
// separated by spaces (an empty list when it may not be divided).
#include <hyphen.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

// Byte offsets (from 1) after which the dictionary allows a break: hyphens[i] is odd there.
std::vector<size_t> break_offsets(HyphenDict* dictionary, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, '0');
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  std::vector<size_t> offsets;
  if (hnj_hyphen_hyphenate2(dictionary, word.c_str(), static_cast<int>(word.size()), hyphens.data(),
                            nullptr, &replacements, &positions, &cuts) == 0) {
    for (size_t i = 0; i + 1 < word.size(); ++i) {
      if (hyphens[i] & 1) offsets.push_back(i + 1);
    }
  }
  std::free(replacements);  // non-standard breaks are not used by English dictionaries
  std::free(positions);
  std::free(cuts);
  return offsets;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: hyphenation_points DICTIONARY.dic < words\n";
    return 2;
  }
  HyphenDict* dictionary = hnj_hyphen_load(argv[1]);
  if (dictionary == nullptr) {
    std::cerr << "cannot load the hyphenation dictionary " << argv[1] << "\n";
    return 2;
  }
  for (std::string word; std::getline(std::cin, word);) {
    std::cout << word << '\t';
    const char* separator = "";
    for (size_t offset : break_offsets(dictionary, word)) {
      std::cout << separator << offset;
      separator = " ";
    }
    std::cout << '\n';
  }
  hnj_hyphen_free(dictionary);
  return 0;
}
