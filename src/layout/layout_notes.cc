#include "layout/layout_notes.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <string>

#include "core/utf8.h"
#include "core/whitespace.h"
#include "layout/knuth_plass.h"
#include "text/missing_characters.h"

namespace handout {
namespace {

// Glyphs may stick out this far before a line counts as overfull (TeX's \hfuzz): rounding in
// advances is not a line running into the margin.
constexpr double kOverfullTolerance = 0.1;
constexpr size_t kQuotedCharacters = 40;

std::string points(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1fpt", value);
  return text;
}

std::string line_text(const SetLine& line) {
  std::string text;
  for (const TextRun& run : line.runs) text += run.text;
  return shortened_text(fold_whitespace(text), kQuotedCharacters);
}

LayoutNote note(LayoutNote::Kind kind, std::string subject, std::string message,
                const SourceLocation& where) {
  return {kind, 0, std::move(subject), std::move(message), where};
}

// "1.5 times": how wide the word spaces are for `ratio`, against their natural width.
std::string space_widening(double ratio) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f times", 1 + ratio * kJustifiedStretch);
  return text;
}

std::optional<LayoutNote> fill_note(const SetLine& line, const SourceLocation& where) {
  if (line.overflow > kOverfullTolerance) {
    const std::string text = line_text(line);
    return note(LayoutNote::Kind::overfull_line, text,
                "the line '" + text + "' runs " + points(line.overflow) +
                    " past the right edge of its column",
                where);
  }
  // The pieces of a broken word cannot be justified; the broken word is the note.
  if (line.adjustment_ratio <= kLoosestAcceptedRatio || line.in_broken_word) return std::nullopt;
  const std::string text = line_text(line);
  if (std::isinf(line.adjustment_ratio)) {
    return note(LayoutNote::Kind::loose_line, text,
                "the justified line '" + text +
                    "' has no word space to widen, so it ends short of the right edge",
                where);
  }
  return note(LayoutNote::Kind::loose_line, text,
              "the justified line '" + text + "' is set loose: its word spaces are " +
                  space_widening(line.adjustment_ratio) + " their width (line breaking aims " +
                  "for at most " + space_widening(kLoosestAcceptedRatio) + ")",
              where);
}

// Only the page and the position of a missing character matter to the print check (which words
// its own finding), so a note holds no message, and a line notes at most
// kMostMissingGlyphNotesPerLine characters: a line of characters no font has would otherwise
// leave a note for each of them (747 MiB for 4 MiB of such text).
void add_missing_glyphs(const SetLine& line, const SourceLocation& where,
                        std::vector<LayoutNote>& notes) {
  std::set<std::string> noted;
  for (const TextRun& run : line.runs) {
    if (!run.face) continue;
    for (const MissingCharacter& character : missing_characters(*run.face, run.text, run.glyphs)) {
      if (noted.size() == kMostMissingGlyphNotesPerLine) return;
      std::string subject = missing_glyph_key(*run.face, character);
      if (!noted.insert(subject).second) continue;
      notes.push_back(note(LayoutNote::Kind::missing_glyph, std::move(subject), "", where));
    }
  }
}

std::string heading_text(const HeadingBlock& heading) {
  return shortened_text(fold_whitespace(heading.text), kQuotedCharacters);
}

}  // namespace

std::vector<LayoutNote> line_notes(const SetLine& line, const SourceLocation& where) {
  std::vector<LayoutNote> notes;
  if (!line.broken_word.empty()) {
    notes.push_back(note(LayoutNote::Kind::broken_word, line.broken_word,
                         "the word '" + line.broken_word +
                             "' is wider than the line, so it is broken inside, without a hyphen",
                         where));
  }
  if (std::optional<LayoutNote> fill = fill_note(line, where)) notes.push_back(std::move(*fill));
  add_missing_glyphs(line, where, notes);
  return notes;
}

LayoutNote heading_moved_note(const HeadingBlock& heading, const std::string& frame,
                              double left_empty) {
  const std::string text = heading_text(heading);
  return note(LayoutNote::Kind::heading_moved, text,
              "the heading '" + text + "' moved on to the next " + frame +
                  " to stay with its text, leaving " + points(left_empty) + " empty at the foot " +
                  "of the " + frame + " before",
              heading.where);
}

LayoutNote heading_alone_note(const HeadingBlock& heading, const std::string& frame) {
  const std::string text = heading_text(heading);
  return note(LayoutNote::Kind::heading_alone, text,
              "the heading '" + text + "' ends its " + frame + " without its text, which starts " +
                  "on the next: the two together do not fit in one " + frame,
              heading.where);
}

}  // namespace handout
