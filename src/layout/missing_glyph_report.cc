#include "layout/missing_glyph_report.h"

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"

namespace handout {
namespace {

// The distinct cluster starts in ascending order, whatever the direction the glyphs run in.
std::vector<uint32_t> sorted_cluster_starts(const std::vector<ShapedGlyph>& glyphs) {
  std::vector<uint32_t> starts;
  starts.reserve(glyphs.size());
  for (const ShapedGlyph& glyph : glyphs) starts.push_back(glyph.cluster);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

size_t cluster_end(const std::vector<uint32_t>& starts, uint32_t start, size_t text_size) {
  auto next = std::upper_bound(starts.begin(), starts.end(), start);
  return next == starts.end() ? text_size : std::min<size_t>(*next, text_size);
}

std::string face_name(const FontFace& face) {
  if (!face.postscript_name().empty()) return face.postscript_name();
  const std::string& path = face.path();
  return path.substr(path.find_last_of('/') + 1);
}

bool is_control(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0);
}

}  // namespace

void MissingGlyphReport::check(const FontFace& face, std::string_view text,
                               const std::vector<ShapedGlyph>& glyphs,
                               const SourceLocation& where) {
  std::vector<uint32_t> cluster_starts;  // built only when a glyph is missing
  for (const ShapedGlyph& glyph : glyphs) {
    if (glyph.glyph_id != 0 || glyph.cluster >= text.size()) continue;
    if (cluster_starts.empty()) cluster_starts = sorted_cluster_starts(glyphs);
    const size_t end = cluster_end(cluster_starts, glyph.cluster, text.size());
    check_cluster(face, text.substr(glyph.cluster, end - glyph.cluster), where);
  }
}

// A cluster may hold several characters (a base and its marks); the face may lack only one.
void MissingGlyphReport::check_cluster(const FontFace& face, std::string_view cluster,
                                       const SourceLocation& where) {
  bool found = false;
  for (size_t at = 0; at < cluster.size();) {
    const DecodedCharacter character = decode_first_character(cluster.substr(at));
    if (face.glyph_for(character.code_point) == 0) {
      report(face, character.code_point, cluster.substr(at, character.length), where);
      found = true;
    }
    at += character.length;
  }
  if (!found) {
    const DecodedCharacter first = decode_first_character(cluster);
    report(face, first.code_point, cluster.substr(0, first.length), where);
  }
}

void MissingGlyphReport::report(const FontFace& face, char32_t code_point,
                                std::string_view character, const SourceLocation& where) {
  std::string name = face_name(face);
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code_point));
  std::string key = "glyph:" + name + ":" + hex;
  if (warned_.count(key) != 0) return;
  std::string message = "the font '" + name + "' has no glyph for " + hex;
  // A malformed byte decodes as U+FFFD; quote the replacement character, not the bad byte.
  if (code_point == 0xFFFD) character = "\uFFFD";
  if (!is_control(code_point)) message += " '" + std::string(character) + "'";
  warn_first_time(std::move(key), where, std::move(message));
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
