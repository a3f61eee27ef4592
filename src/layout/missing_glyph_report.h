#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "text/font_face.h"
#include "text/missing_characters.h"
#include "text/shaper.h"

namespace handout {

// Warns about characters a face cannot draw: once per face and character for the whole document,
// however often the character occurs, so a page of CJK text in a Latin face gives one warning per
// distinct character rather than thousands. Past kMaxNamedCharacters characters of one face, one
// more warning says that it lacks others: text may hold any of a million code points, and a
// warning for each was half a gigabyte of messages.
class MissingGlyphReport {
 public:
  static constexpr size_t kMaxNamedCharacters = 20;  // for each face

  explicit MissingGlyphReport(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // Looks for .notdef glyphs (id 0) in `glyphs`, shaped from `text` with `face`, and reports
  // the characters behind them at `where`.
  void check(const FontFace& face, std::string_view text, const std::vector<ShapedGlyph>& glyphs,
             const SourceLocation& where);

  // Other warnings that must appear once however many blocks or lines cause them (a language
  // without a hyphenation dictionary, a word broken inside, a figure below print resolution):
  // warns only the first time `key` is seen.
  void warn_once(const std::string& key, const SourceLocation& where, std::string message,
                 std::vector<std::string> hints = {});

  // Appends the diagnostics of `later`, a report on the text that follows this one's (set on
  // another thread into a Diagnostics of its own), leaving out its once-per-document warnings
  // that this report has already given: the result is what one report over both texts gives.
  void append(const MissingGlyphReport& later);

 private:
  // What append needs to know of a once-per-document warning.
  struct Keyed {
    std::string key;
    std::string face;  // the face a missing-glyph warning is about; empty for the others
  };

  void report(const FontFace& face, const MissingCharacter& character, const SourceLocation& where);
  // Gives a missing-glyph warning of `face`, or, past the face's kMaxNamedCharacters, the one
  // warning that the face lacks more characters (once).
  void warn_missing(const Keyed& keyed, Diagnostic warning);
  void warn_first_time(std::string key, const SourceLocation& where, std::string message,
                       std::vector<std::string> hints = {});
  void add_keyed(Keyed keyed, Diagnostic warning);

  Diagnostics& diagnostics_;
  std::set<std::string> warned_;                 // the keys of the once-per-document warnings given
  std::map<size_t, Keyed> key_of_warning_;       // diagnostics_ index -> key, for append
  std::map<std::string, size_t> named_of_face_;  // face -> characters named in warnings
};

}  // namespace handout
