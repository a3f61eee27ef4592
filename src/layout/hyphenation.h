#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layout/hyphenation_patterns.h"

namespace handout {

// A hyphenation pattern dictionary (libhyphen's .dic files) for one language, loaded once per
// HyphenationDictionaries and shared by every thread (hyphenating with a loaded dictionary only
// reads it). Plain
// pattern files are read into our own trie (HyphenationPatterns); a file using libhyphen's
// extensions is loaded by libhyphen.
class HyphenationDictionary {
 public:
  // The byte offsets inside `word` (UTF-8 letters only) where it may be hyphenated: never in a
  // word of fewer than 5 letters, always with at least 2 letters on each side.
  std::vector<size_t> points(std::string_view word) const;

  HyphenationDictionary(const HyphenationDictionary&) = delete;
  HyphenationDictionary& operator=(const HyphenationDictionary&) = delete;
  ~HyphenationDictionary();

  // The dictionary in the file at `path`, or null when it cannot be read.
  static std::unique_ptr<HyphenationDictionary> load(const std::string& path);

  // Whether the patterns are matched by our trie rather than by libhyphen.
  bool uses_own_patterns() const { return patterns_.has_value(); }

 private:
  HyphenationDictionary() = default;
  std::vector<size_t> points_from_patterns(std::string_view word) const;
  std::vector<size_t> points_from_libhyphen(std::string_view word) const;

  std::optional<HyphenationPatterns> patterns_;
  void* libhyphen_dict_ = nullptr;  // HyphenDict*, kept out of this header; set without patterns_
};

// The dictionaries of the languages asked for so far, and the hyphenation points of the words
// seen so far, for every document that shares this object (a batch's documents and threads: the
// app owns one, in its World). Thread-safe.
class HyphenationDictionaries {
 public:
  HyphenationDictionaries() = default;
  HyphenationDictionaries(const HyphenationDictionaries&) = delete;
  HyphenationDictionaries& operator=(const HyphenationDictionaries&) = delete;

  // The dictionary for a BCP 47 tag ("en-US" -> hyph_en_US.dic, "de" -> hyph_de_DE.dic, ...)
  // from /usr/share/hyphen, or null when there is none. Loaded on the first request; it lives as
  // long as this object.
  const HyphenationDictionary* for_language(std::string_view language);

  // Whether for_language(language) has already been asked (so it returns at once, with a
  // dictionary or null).
  bool looked_up(std::string_view language);

  // dictionary.points(word), remembered: words recur throughout a document, and libhyphen is
  // slow. `dictionary` is one of this object's.
  std::vector<size_t> points(const HyphenationDictionary& dictionary, std::string_view word);

 private:
  static constexpr size_t kMaxWords = 200000;  // remembered points, per dictionary

  std::mutex dictionaries_mutex_;
  std::map<std::string, std::unique_ptr<HyphenationDictionary>> by_language_;
  std::mutex words_mutex_;
  std::unordered_map<const HyphenationDictionary*,
                     std::unordered_map<std::string, std::vector<size_t>>>
      words_;
};

// The dictionary file for `language` in `folder`, or "" when none matches.
std::string hyphenation_dictionary_path(std::string_view language,
                                        const std::string& folder = "/usr/share/hyphen");

}  // namespace handout
