#include "layout/missing_glyph_report.h"

namespace handout {

void MissingGlyphReport::check(const FontFace& face, std::string_view text,
                               const std::vector<ShapedGlyph>& glyphs,
                               const SourceLocation& where) {
  for (const MissingCharacter& character : missing_characters(face, text, glyphs)) {
    report(face, character, where);
  }
}

void MissingGlyphReport::report(const FontFace& face, const MissingCharacter& character,
                                const SourceLocation& where) {
  std::string key = "glyph:" + missing_glyph_key(face, character);
  if (warned_.count(key) != 0) return;
  warn_first_time(std::move(key), where, missing_glyph_message(face, character));
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
  add_keyed(std::move(key), {Severity::warning, FailureKind::bad_input, where, std::move(message),
                             std::move(hints)});
}

void MissingGlyphReport::add_keyed(std::string key, Diagnostic warning) {
  key_of_warning_.emplace(diagnostics_.all().size(), key);
  warned_.insert(std::move(key));
  diagnostics_.add(std::move(warning));
}

void MissingGlyphReport::append(const MissingGlyphReport& later) {
  const std::vector<Diagnostic>& items = later.diagnostics_.all();
  for (size_t index = 0; index < items.size(); ++index) {
    auto keyed = later.key_of_warning_.find(index);
    if (keyed == later.key_of_warning_.end()) {
      diagnostics_.add(items[index]);
    } else if (warned_.count(keyed->second) == 0) {
      add_keyed(keyed->second, items[index]);
    }
  }
}

}  // namespace handout
