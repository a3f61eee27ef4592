#include "layout/hyphenation.h"

#include <hyphen.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/file_reading.h"
#include "core/utf8.h"

namespace handout {
namespace {

constexpr size_t kShortestHyphenatedWord = 5;
constexpr int kLeftHyphenMin = 2;
constexpr int kRightHyphenMin = 2;

// "en-us" -> {"en", "US"}: the dictionaries are named after language and region.
std::pair<std::string, std::string> language_and_region(std::string_view tag) {
  std::string language(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string region;
  const size_t separator = tag.find_first_of("-_");
  if (separator != std::string_view::npos) {
    region = std::string(tag.substr(separator + 1));
    region = region.substr(0, region.find_first_of("-_"));
    for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return {language, region};
}

// Any dictionary of the language when the tag names no region that has one ("de" ->
// hyph_de_DE.dic); the alphabetically first, so the choice is stable.
std::string any_dictionary_of(const std::string& language, const std::string& folder) {
  std::error_code error;
  std::string best;
  const std::string prefix = "hyph_" + language + "_";
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && name.ends_with(".dic") && (best.empty() || name < best)) {
      best = name;
    }
  }
  return best.empty() ? "" : folder + "/" + best;
}

std::string lowercase_ascii(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Byte offset of each character of `word`, plus its end.
std::vector<size_t> character_offsets(std::string_view word) {
  std::vector<size_t> offsets;
  for (size_t at = 0; at < word.size();) {
    offsets.push_back(at);
    at += decode_first_character(word.substr(at)).length;
  }
  offsets.push_back(word.size());
  return offsets;
}

}  // namespace

std::string hyphenation_dictionary_path(std::string_view language, const std::string& folder) {
  const auto [lang, region] = language_and_region(language);
  if (lang.empty()) return "";
  std::error_code error;
  for (const std::string& name :
       {"hyph_" + lang + "_" + region + ".dic", "hyph_" + lang + ".dic"}) {
    if (name.find("__") != std::string::npos) continue;
    if (std::filesystem::exists(folder + "/" + name, error)) return folder + "/" + name;
  }
  return any_dictionary_of(lang, folder);
}

const HyphenationDictionary* HyphenationDictionaries::for_language(std::string_view language) {
  std::lock_guard<std::mutex> lock(dictionaries_mutex_);
  auto [entry, inserted] = by_language_.try_emplace(std::string(language));
  if (inserted) {
    const std::string path = hyphenation_dictionary_path(language);
    if (!path.empty()) entry->second = HyphenationDictionary::load(path);
  }
  return entry->second.get();
}

bool HyphenationDictionaries::looked_up(std::string_view language) {
  std::lock_guard<std::mutex> lock(dictionaries_mutex_);
  return by_language_.find(std::string(language)) != by_language_.end();
}

std::vector<size_t> HyphenationDictionaries::points(const HyphenationDictionary& dictionary,
                                                    std::string_view word) {
  std::string key(word);
  {
    std::lock_guard<std::mutex> lock(words_mutex_);
    auto& words = words_[&dictionary];
    auto known = words.find(key);
    if (known != words.end()) return known->second;
  }
  std::vector<size_t> found = dictionary.points(word);
  std::lock_guard<std::mutex> lock(words_mutex_);
  auto& words = words_[&dictionary];
  if (words.size() < kMaxWords) words.emplace(std::move(key), found);
  return found;
}

std::unique_ptr<HyphenationDictionary> HyphenationDictionary::load(const std::string& path) {
  std::string error;
  const std::optional<std::string> text = read_whole_file(path, error);
  if (!text) return nullptr;
  auto dictionary = std::unique_ptr<HyphenationDictionary>(new HyphenationDictionary);
  dictionary->patterns_ = HyphenationPatterns::parse(*text);
  if (!dictionary->patterns_) {
    dictionary->libhyphen_dict_ = hnj_hyphen_load(path.c_str());
    if (!dictionary->libhyphen_dict_) return nullptr;
  }
  return dictionary;
}

HyphenationDictionary::~HyphenationDictionary() {
  if (libhyphen_dict_) hnj_hyphen_free(static_cast<HyphenDict*>(libhyphen_dict_));
}

std::vector<size_t> HyphenationDictionary::points(std::string_view word) const {
  return patterns_ ? points_from_patterns(word) : points_from_libhyphen(word);
}

// Like libhyphen, the file's LEFTHYPHENMIN/RIGHTHYPHENMIN replace our minimums when it sets them.
std::vector<size_t> HyphenationDictionary::points_from_patterns(std::string_view word) const {
  std::vector<size_t> found;
  const std::vector<size_t> offsets = character_offsets(word);
  const size_t letters = offsets.size() - 1;
  if (letters < kShortestHyphenatedWord) return found;
  const std::vector<uint8_t> values = patterns_->boundary_values("." + lowercase_ascii(word) + ".");
  const size_t left_min = std::max(kLeftHyphenMin, patterns_->left_hyphen_min());
  const size_t right_min = std::max(kRightHyphenMin, patterns_->right_hyphen_min());
  for (size_t before = left_min; before + right_min <= letters; ++before) {
    // values is indexed in the dotted word, one byte ahead of `word`.
    if (values[offsets[before] + 1] & 1) found.push_back(offsets[before]);
  }
  return found;
}

std::vector<size_t> HyphenationDictionary::points_from_libhyphen(std::string_view word) const {
  std::vector<size_t> found;
  const std::vector<size_t> offsets = character_offsets(word);
  const size_t letters = offsets.size() - 1;
  if (letters < kShortestHyphenatedWord) return found;
  const std::string lower = lowercase_ascii(word);
  std::vector<char> hyphens(lower.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  auto* dict = static_cast<HyphenDict*>(libhyphen_dict_);
  const int failed = hnj_hyphen_hyphenate3(
      dict, lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep, &pos,
      &cut, kLeftHyphenMin, kRightHyphenMin, kLeftHyphenMin, kRightHyphenMin);
  if (rep) {  // non-standard (replacing) hyphenation is not used; free what libhyphen made
    for (size_t i = 0; i < lower.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  if (failed) return found;
  // For a UTF-8 dictionary libhyphen counts characters, not bytes: an odd value at i means a
  // hyphen may follow character i.
  const size_t units = dict->utf8 ? letters : lower.size();
  for (size_t i = kLeftHyphenMin - 1; i + kRightHyphenMin < units; ++i) {
    if (hyphens[i] & 1) found.push_back(dict->utf8 ? offsets[i + 1] : i + 1);
  }
  return found;
}

}  // namespace handout
