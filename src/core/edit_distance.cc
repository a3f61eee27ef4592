#include "core/edit_distance.h"

#include <algorithm>

namespace handout {

namespace {

// ASCII only, as std::tolower does in the C locale, without a call per letter (a hint may
// compare a name with a data file's hundred thousand keys).
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same_letter(char x, char y) { return lower(x) == lower(y); }

}  // namespace

// Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbouring
// letters each cost one, since "titel" for "title" is one slip of the fingers, not two.
int edit_distance(std::string_view a, std::string_view b) {
  const size_t columns = b.size() + 1;
  std::vector<int> previous(columns), current(columns), before_previous(columns);
  for (size_t j = 0; j < columns; ++j) current[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    before_previous.swap(previous);
    previous.swap(current);
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j < columns; ++j) {
      int substitution = previous[j - 1] + (same_letter(a[i - 1], b[j - 1]) ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      bool swapped =
          i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) && same_letter(a[i - 2], b[j - 1]);
      if (swapped) current[j] = std::min(current[j], before_previous[j - 2] + 1);
    }
  }
  return current[b.size()];
}

std::optional<std::string> closest_name(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  // Allow about one edit per three letters, so "descripton" finds "description" but "x"
  // does not find "id".
  const int limit = std::max<int>(1, static_cast<int>(word.size()) / 3);
  std::optional<std::string> best;
  // A name this long is pasted, not typed: no hint, and no comparison that costs the product of
  // two long names' lengths for every candidate.
  constexpr size_t kLongestTyped = 64;
  if (word.size() > kLongestTyped) return best;
  int best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    // The distance is at least the difference in length: most candidates of a long list (a
    // data file's thousands of keys) are passed over without comparing them.
    const size_t shorter = std::min(word.size(), candidate.size());
    const size_t longer = std::max(word.size(), candidate.size());
    if (longer - shorter >= static_cast<size_t>(best_distance)) continue;
    int distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  std::optional<std::string> closest = closest_name(word, candidates);
  if (!closest) return std::nullopt;
  return did_you_mean(*closest);
}

std::string did_you_mean(std::string_view correction) {
  return "did you mean '" + std::string(correction) + "'?";
}

}  // namespace handout
