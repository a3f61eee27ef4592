#include "layout/unicode_line_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace handout {
namespace {

using LineIterators = std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>>;

// The languages a document names are few, but a batch can name any number of them: past this
// many, a cache starts over rather than grow (an iterator is a few kilobytes).
constexpr size_t kMaxCachedLanguages = 16;

void throw_if_failed(UErrorCode status, const std::string& what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error("ICU could not " + what + ": " + u_errorName(status));
  }
}

// The ICU locale of a BCP 47 tag; the root locale (untailored UAX #14) when there is none or
// ICU cannot read it, since the tag only tailors the rules.
icu::Locale locale_for(std::string_view language) {
  if (language.empty()) return icu::Locale::getRoot();
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(
      icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), status);
  if (U_FAILURE(status) || locale.isBogus()) return icu::Locale::getRoot();
  return locale;
}

std::unique_ptr<icu::BreakIterator> create_line_iterator(std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createLineInstance(locale_for(language), status));
  throw_if_failed(status,
                  "create a line-break iterator for the language '" + std::string(language) + "'");
  if (!iterator) throw std::runtime_error("ICU returned no line-break iterator");
  return iterator;
}

// Creating an iterator loads and checks ICU's rules (about 0.1 ms even when ICU has them
// cached); cloning one only copies its state. So the process keeps one prototype per language,
// and each thread its own clone, since an iterator holds its text and position.
std::unique_ptr<icu::BreakIterator> clone_of_prototype(std::string_view language) {
  static std::mutex mutex;
  static LineIterators prototypes;
  std::lock_guard<std::mutex> lock(mutex);
  auto prototype = prototypes.find(language);
  if (prototype == prototypes.end()) {
    if (prototypes.size() >= kMaxCachedLanguages) prototypes.clear();
    prototype = prototypes.emplace(std::string(language), create_line_iterator(language)).first;
  }
  std::unique_ptr<icu::BreakIterator> copy(prototype->second->clone());
  if (!copy) throw std::runtime_error("ICU could not copy a line-break iterator");
  return copy;
}

icu::BreakIterator& line_iterator_for(std::string_view language) {
  thread_local LineIterators iterators;
  auto found = iterators.find(language);
  if (found == iterators.end()) {
    if (iterators.size() >= kMaxCachedLanguages) iterators.clear();
    found = iterators.emplace(std::string(language), clone_of_prototype(language)).first;
  }
  return *found->second;
}

// A UText over UTF-8 that ICU reads in place, so that boundaries are byte offsets.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, text.data(), static_cast<int64_t>(text.size()), &status);
    throw_if_failed(status, "read the text of a paragraph");
  }
  ~Utf8Text() { utext_close(&text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  UText* get() { return &text_; }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

bool is_mandatory(int32_t rule_status) {
  return rule_status >= UBRK_LINE_HARD && rule_status < UBRK_LINE_HARD_LIMIT;
}

}  // namespace

void for_each_unicode_line_break(std::string_view text, std::string_view language,
                                 const std::function<void(size_t byte, bool mandatory)>& found) {
  if (text.empty()) return;
  // ICU's break iterators count in int32_t (so does HarfBuzz, which shaped this text).
  if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    throw std::length_error("a paragraph of " + std::to_string(text.size()) +
                            " bytes is too long to break into lines (at most 2 GiB)");
  }
  icu::BreakIterator& iterator = line_iterator_for(language);
  Utf8Text utf8(text);
  UErrorCode status = U_ZERO_ERROR;
  // The iterator keeps a shallow copy of the UText, which it reads only until the next setText.
  iterator.setText(utf8.get(), status);
  throw_if_failed(status, "give the line-break iterator its text");
  const auto end = static_cast<int32_t>(text.size());
  for (int32_t byte = iterator.next(); byte != icu::BreakIterator::DONE && byte < end;
       byte = iterator.next()) {
    found(static_cast<size_t>(byte), is_mandatory(iterator.getRuleStatus()));
  }
}

}  // namespace handout
