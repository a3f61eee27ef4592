#include "layout/missing_glyph_report.h"

namespace handout {
namespace {

constexpr char kMissingPrefix[] = "glyph:";    // one character missing from one face
constexpr char kMorePrefix[] = "glyph-more:";  // a face that lacks more than are named

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

}  // namespace

void MissingGlyphReport::check(const FontFace& face, std::string_view text,
                               const std::vector<ShapedGlyph>& glyphs,
                               const SourceLocation& where) {
  for (const MissingCharacter& character : missing_characters(face, text, glyphs)) {
    report(face, character, where);
  }
}

void MissingGlyphReport::report(const FontFace& face, const MissingCharacter& character,
                                const SourceLocation& where) {
  std::string key = kMissingPrefix + missing_glyph_key(face, character);
  if (warned_.count(key) != 0) return;
  warn_missing(
      {std::move(key), face_display_name(face)},
      {Severity::warning, FailureKind::bad_input, where, missing_glyph_message(face, character)});
}

void MissingGlyphReport::warn_missing(const Keyed& keyed, Diagnostic warning) {
  size_t& named = named_of_face_[keyed.face];
  if (named < kMaxNamedCharacters) {
    ++named;
    add_keyed(keyed, std::move(warning));
    return;
  }
  std::string more_key = kMorePrefix + keyed.face;
  if (warned_.count(more_key) != 0) return;
  warning.message += " nor for other characters after it: only the first " +
                     std::to_string(kMaxNamedCharacters) + " characters a font lacks are named";
  warning.hints = {"add a font that has them to the template's fallback-fonts"};
  add_keyed({std::move(more_key), keyed.face}, std::move(warning));
}

void MissingGlyphReport::warn_once(const std::string& key, const SourceLocation& where,
                                   std::string message, std::vector<std::string> hints) {
  // The prefix keeps these keys apart from the missing-glyph ones.
  std::string once_key = "once:" + key;
  if (warned_.count(once_key) == 0) {
    warn_first_time(std::move(once_key), where, std::move(message), std::move(hints));
  }
}

void MissingGlyphReport::warn_first_time(std::string key, const SourceLocation& where,
                                         std::string message, std::vector<std::string> hints) {
  add_keyed({std::move(key), {}}, {Severity::warning, FailureKind::bad_input, where,
                                   std::move(message), std::move(hints)});
}

void MissingGlyphReport::add_keyed(Keyed keyed, Diagnostic warning) {
  warned_.insert(keyed.key);
  key_of_warning_.emplace(diagnostics_.all().size(), std::move(keyed));
  diagnostics_.add(std::move(warning));
}

void MissingGlyphReport::append(const MissingGlyphReport& later) {
  const std::vector<Diagnostic>& items = later.diagnostics_.all();
  for (size_t index = 0; index < items.size(); ++index) {
    auto found = later.key_of_warning_.find(index);
    if (found == later.key_of_warning_.end()) {
      diagnostics_.add(items[index]);
      continue;
    }
    const Keyed& keyed = found->second;
    if (warned_.count(keyed.key) != 0) continue;
    if (starts_with(keyed.key, kMissingPrefix)) {
      warn_missing(keyed, items[index]);  // counts against this report's names of the face
    } else {
      add_keyed(keyed, items[index]);  // a once-per-document warning, or the face's "more"
    }
  }
}

}  // namespace handout
