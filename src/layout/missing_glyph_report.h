#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "text/font_face.h"
#include "text/shaper.h"

namespace handout {

// Warns about characters a face cannot draw: once per face and character for the whole document,
// however often the character occurs, so a page of CJK text in a Latin face gives one warning per
// distinct character rather than thousands.
class MissingGlyphReport {
 public:
  explicit MissingGlyphReport(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // Looks for .notdef glyphs (id 0) in `glyphs`, shaped from `text` with `face`, and reports
  // the characters behind them at `where`.
  void check(const FontFace& face, std::string_view text, const std::vector<ShapedGlyph>& glyphs,
             const SourceLocation& where);

  // Other document-wide warnings that must appear once however many blocks cause them (such as
  // a language without a hyphenation dictionary): warns only the first time `key` is seen.
  void warn_once(const std::string& key, const SourceLocation& where, std::string message);

 private:
  void check_cluster(const FontFace& face, std::string_view cluster, const SourceLocation& where);
  void report(const FontFace& face, char32_t code_point, std::string_view character,
              const SourceLocation& where);

  Diagnostics& diagnostics_;
  std::set<std::pair<std::string, char32_t>> reported_;  // (face name, character)
  std::set<std::string> warned_;                         // warn_once keys
};

}  // namespace handout
