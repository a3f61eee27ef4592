#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

// A libhyphen pattern dictionary for one language, loaded once per process and shared by every
// thread (hyphenating with a loaded dictionary only reads it).
class HyphenationDictionary {
 public:
  // The dictionary for a BCP 47 tag ("en-US" -> hyph_en_US.dic, "de" -> hyph_de_DE.dic, ...)
  // from /usr/share/hyphen, or null when there is none.
  static const HyphenationDictionary* for_language(std::string_view language);

  // Whether for_language(language) has already been asked in this process (so it returns at
  // once, with a dictionary or null).
  static bool looked_up(std::string_view language);

  // The byte offsets inside `word` (UTF-8 letters only) where it may be hyphenated: never in a
  // word of fewer than 5 letters, always with at least 2 letters on each side.
  std::vector<size_t> points(std::string_view word) const;

  explicit HyphenationDictionary(void* dict) : dict_(dict) {}

 private:
  void* dict_;  // HyphenDict*, kept out of this header
};

// The dictionary file for `language` in `folder`, or "" when none matches.
std::string hyphenation_dictionary_path(std::string_view language,
                                        const std::string& folder = "/usr/share/hyphen");

}  // namespace handout
