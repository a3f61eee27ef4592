#include "layout/line_breaking.h"

#include <algorithm>

namespace handout {
namespace {

// Rounding in the advance sums must not push a line that fits exactly onto the next line.
constexpr double kWidthTolerance = 1e-6;

// Walks a paragraph's words once, line after line, so breaking is linear in its glyphs.
class GreedyLineBreaker {
 public:
  GreedyLineBreaker(const ShapedParagraph& paragraph, const LineWidths& widths)
      : paragraph_(paragraph), widths_(widths) {}

  std::vector<LineSpan> run() {
    std::vector<LineSpan> lines;
    const size_t count = paragraph_.glyphs.size();
    size_t begin = 0;
    while (begin < count) {
      const double room = widths_.of_line(lines.size()) + kWidthTolerance;
      size_t end = end_of_words_that_fit(begin, room);
      bool broken_word = false;
      if (end == begin) {
        const size_t word = word_end(begin);
        end = end_of_clusters_that_fit(paragraph_, begin, word, room);
        broken_word = end < word;
      }
      lines.push_back({begin, end, false, false, broken_word});
      begin = start_after(end);
    }
    if (!lines.empty()) lines.back().last = true;
    return lines;
  }

 private:
  // The end of the first word space at or after `from`, or of the paragraph.
  size_t word_end(size_t from) {
    const std::vector<size_t>& spaces = paragraph_.spaces;
    while (next_space_ < spaces.size() && spaces[next_space_] < from) ++next_space_;
    return next_space_ < spaces.size() ? spaces[next_space_] : paragraph_.glyphs.size();
  }

  // Adds whole words while they fit; returns `begin` when not even the first one does.
  size_t end_of_words_that_fit(size_t begin, double room) {
    size_t end = begin;
    for (size_t word_begin = begin; word_begin < paragraph_.glyphs.size();) {
      const size_t candidate = word_end(word_begin);
      if (paragraph_.width_of(begin, candidate) > room) break;
      end = candidate;
      word_begin = candidate + 1;
    }
    return end;
  }

  // The next line starts after the word space this one ended at, if it ended at one.
  size_t start_after(size_t end) const {
    const std::vector<size_t>& spaces = paragraph_.spaces;
    return std::binary_search(spaces.begin(), spaces.end(), end) ? end + 1 : end;
  }

  const ShapedParagraph& paragraph_;
  const LineWidths& widths_;
  size_t next_space_ = 0;  // index into paragraph_.spaces of the first space not yet passed
};

}  // namespace

std::vector<LineSpan> break_lines(const ShapedParagraph& paragraph, const LineWidths& widths) {
  return GreedyLineBreaker(paragraph, widths).run();
}

}  // namespace handout
