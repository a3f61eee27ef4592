#include "layout/break_opportunities.h"

#include <algorithm>
#include <map>
#include <string>

#include "core/utf8.h"
#include "layout/hyphenation.h"
#include "layout/unicode_line_breaks.h"

namespace handout {
namespace {

// first_glyph[b]: the first glyph of the cluster that starts at byte b, or -1. Breaks can only
// fall where a cluster starts.
std::vector<long> cluster_starts(const ShapedParagraph& paragraph) {
  std::vector<long> first_glyph(paragraph.text.size() + 1, -1);
  const std::vector<ShapedGlyph>& glyphs = paragraph.glyphs;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    if (i == 0 || glyphs[i].cluster != glyphs[i - 1].cluster) {
      if (first_glyph[glyphs[i].cluster] < 0) first_glyph[glyphs[i].cluster] = static_cast<long>(i);
    }
  }
  first_glyph[paragraph.text.size()] = static_cast<long>(glyphs.size());
  return first_glyph;
}

// The character that ends at byte `end` (exclusive).
char32_t character_before(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return decode_first_character(text.substr(start, end - start)).code_point;
}

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010; }

// A glyph that stands alone for one space character (not under a mark).
bool is_lone_glyph_of(const ShapedParagraph& paragraph, size_t index, char32_t wanted) {
  const std::vector<ShapedGlyph>& glyphs = paragraph.glyphs;
  const uint32_t cluster = glyphs[index].cluster;
  if (cluster >= paragraph.text.size()) return false;
  const DecodedCharacter c =
      decode_first_character(std::string_view(paragraph.text).substr(cluster));
  if (c.code_point != wanted) return false;
  const bool shares_before = index > 0 && glyphs[index - 1].cluster == cluster;
  const bool shares_after = index + 1 < glyphs.size() && glyphs[index + 1].cluster == cluster;
  return !shares_before && !shares_after;
}

// Code is read literally: `--global` or `git-log` must not be split at its hyphen the way
// prose may be, so inside code only spaces break (a token too long for the line is still
// broken, by the line breaker's emergency breaks). Asked with ascending bytes.
class CodeSpans {
 public:
  explicit CodeSpans(const std::vector<InlineSegment>& segments) : segments_(segments) {}

  // Whether the bytes on both sides of `byte` are code.
  bool joins_at(size_t byte) { return is_code(byte - 1) && is_code(byte); }

 private:
  bool is_code(size_t byte) {
    while (next_ < segments_.size() && segments_[next_].end <= byte) ++next_;
    return next_ < segments_.size() && segments_[next_].begin <= byte && segments_[next_].code;
  }

  const std::vector<InlineSegment>& segments_;
  size_t next_ = 0;
};

class BreakFinder {
 public:
  BreakFinder(ShapedParagraph& paragraph, const std::vector<InlineSegment>& segments, double size)
      : paragraph_(paragraph),
        segments_(segments),
        size_(size),
        first_glyph_(cluster_starts(paragraph)) {}

  void add_unicode_breaks(std::string_view language) {
    const std::string_view text = paragraph_.text;
    CodeSpans code(segments_);
    for_each_unicode_line_break(text, language, [&](size_t byte, bool mandatory) {
      if (first_glyph_[byte] <= 0) return;
      const char32_t previous = character_before(text, byte);
      if (!mandatory && previous != ' ' && code.joins_at(byte)) return;
      add_break_before(static_cast<size_t>(first_glyph_[byte]), previous, mandatory);
    });
  }

  void add_hyphenation(const HyphenationDictionary& dictionary,
                       HyphenationDictionaries& dictionaries) {
    dictionaries_ = &dictionaries;
    for (const InlineSegment& segment : segments_) {
      if (!segment.code) add_hyphenation_in(segment, dictionary);
    }
  }

  void finish() {
    std::vector<BreakPoint>& found = paragraph_.breaks;
    std::stable_sort(found.begin(), found.end(),
                     [](const BreakPoint& a, const BreakPoint& b) { return a.end < b.end; });
    found.erase(
        std::unique(found.begin(), found.end(),
                    [](const BreakPoint& a, const BreakPoint& b) { return a.end == b.end; }),
        found.end());
    const size_t count = paragraph_.glyphs.size();
    found.push_back({count, count, BreakKind::final});
    for (const BreakPoint& point : found) {
      if (point.kind == BreakKind::space) paragraph_.spaces.push_back(point.end);
    }
    find_stretchable();
  }

 private:
  void add_break_before(size_t glyph, char32_t previous, bool mandatory) {
    const bool after_space = previous == ' ' || previous == '\n';
    if (after_space && is_lone_glyph_of(paragraph_, glyph - 1, previous)) {
      const BreakKind kind = previous == '\n' ? BreakKind::mandatory : BreakKind::space;
      paragraph_.breaks.push_back({glyph - 1, glyph, kind});
      return;
    }
    const BreakKind kind = mandatory ? BreakKind::mandatory : BreakKind::plain;
    paragraph_.breaks.push_back({glyph, glyph, kind, is_hyphen(previous)});
  }

  // Words are runs of letters inside a token (the text between spaces) that looks like prose:
  // no digits, no '/', '@', '_', ':' or '.' between letters, no hyphen already.
  void add_hyphenation_in(const InlineSegment& segment, const HyphenationDictionary& dictionary) {
    const std::string_view text = paragraph_.text;
    size_t token_begin = segment.begin;
    while (token_begin < segment.end) {
      size_t token_end = text.find_first_of(" \n", token_begin);
      if (token_end == std::string_view::npos || token_end > segment.end) token_end = segment.end;
      hyphenate_token(token_begin, token_end, dictionary);
      token_begin = token_end + 1;
    }
  }

  void hyphenate_token(size_t begin, size_t end, const HyphenationDictionary& dictionary) {
    const std::string_view token = std::string_view(paragraph_.text).substr(begin, end - begin);
    if (token.find_first_of("/@_:0123456789-") != std::string_view::npos) return;
    if (token.find("\u2010") != std::string_view::npos) return;
    size_t at = 0;
    while (at < token.size() && !is_letter_at(token, at)) at += char_length(token, at);
    size_t word_end = at;
    while (word_end < token.size() && is_letter_at(token, word_end))
      word_end += char_length(token, word_end);
    // Only the token's first run of letters, and only when what follows is closing punctuation:
    // "e.g" or "it's" are not words to break.
    for (size_t rest = word_end; rest < token.size(); rest += char_length(token, rest)) {
      if (is_letter_at(token, rest) || (token[rest] == '.' && rest + 1 < token.size())) return;
    }
    const std::string_view word = token.substr(at, word_end - at);
    const std::vector<size_t> points = dictionaries_->points(dictionary, word);
    for (size_t point : points) {
      add_hyphen_point(begin + at + point);
    }
  }

  static size_t char_length(std::string_view text, size_t at) {
    return decode_first_character(text.substr(at)).length;
  }

  static bool is_letter_at(std::string_view text, size_t at) {
    const char32_t c = decode_first_character(text.substr(at)).code_point;
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xD7 || c == 0xF7) return false;
    return c >= 0xC0 && c < 0x2000;  // Latin, Greek, Cyrillic and their marks
  }

  void add_hyphen_point(size_t byte) {
    if (byte >= first_glyph_.size() || first_glyph_[byte] <= 0) return;
    const size_t glyph = static_cast<size_t>(first_glyph_[byte]);
    const std::shared_ptr<const FontFace>& face = paragraph_.face_of(glyph - 1);
    const ShapedGlyph hyphen = hyphen_in(face);
    if (hyphen.glyph_id == 0) return;
    paragraph_.breaks.push_back(
        {glyph, glyph, BreakKind::hyphen, true, hyphen.x_advance, hyphen.glyph_id});
  }

  ShapedGlyph hyphen_in(const std::shared_ptr<const FontFace>& face) {
    auto [entry, inserted] = hyphens_.try_emplace(face.get());
    if (inserted) {
      const ShapedText shaped = shape_text(*face, size_, "-");
      if (shaped.glyphs.size() == 1) entry->second = shaped.glyphs[0];
    }
    return entry->second;
  }

  void find_stretchable() {
    std::vector<double>& stretch_pen = paragraph_.stretch_pen;
    stretch_pen.assign(1, 0);
    for (size_t i = 0; i < paragraph_.glyphs.size(); ++i) {
      const bool stretches =
          is_lone_glyph_of(paragraph_, i, ' ') || is_lone_glyph_of(paragraph_, i, 0xA0);
      if (stretches) paragraph_.stretchable.push_back(i);
      stretch_pen.push_back(stretch_pen.back() + (stretches ? paragraph_.glyphs[i].x_advance : 0));
    }
  }

  ShapedParagraph& paragraph_;
  const std::vector<InlineSegment>& segments_;
  double size_;
  std::vector<long> first_glyph_;
  std::map<const FontFace*, ShapedGlyph> hyphens_;
  HyphenationDictionaries* dictionaries_ = nullptr;  // where the dictionary came from
};

}  // namespace

void find_break_points(ShapedParagraph& paragraph, const std::vector<InlineSegment>& segments,
                       std::string_view language, HyphenationDictionaries* hyphenation,
                       double size) {
  paragraph.breaks.clear();
  paragraph.spaces.clear();
  paragraph.stretchable.clear();
  if (paragraph.glyphs.empty()) return;
  BreakFinder finder(paragraph, segments, size);
  finder.add_unicode_breaks(language);
  const HyphenationDictionary* dictionary =
      hyphenation ? hyphenation->for_language(language) : nullptr;
  if (dictionary) finder.add_hyphenation(*dictionary, *hyphenation);
  finder.finish();
}

}  // namespace handout
