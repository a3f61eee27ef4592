#include "write/to_unicode_cmap.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "core/utf8.h"
#include "write/pdf_syntax.h"

namespace handout {
namespace {

constexpr size_t kMaxEntriesPerBlock = 100;  // the limit the CMap specification sets
// The UTF-16 code units of one target. The CMap specification allows 512 bytes, but poppler
// (pdftotext, Evince) reads a token of at most 255 characters and drops an entry whose target is
// longer, so a glyph leading a long cluster (a letter under dozens of marks) would lose all of its
// text: it keeps the first 63 units instead, cut between two characters.
constexpr size_t kMaxTargetUnits = 63;

constexpr char kHeader[] =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";

constexpr char kTrailer[] =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

size_t utf16_units(char32_t code_point) { return code_point < 0x10000 ? 1 : 2; }

void append_utf16be(char32_t code_point, std::string& hex) {
  if (code_point < 0x10000) {
    hex += hex4(static_cast<uint16_t>(code_point));
    return;
  }
  char32_t offset = code_point - 0x10000;
  hex += hex4(static_cast<uint16_t>(0xD800 + (offset >> 10)));
  hex += hex4(static_cast<uint16_t>(0xDC00 + (offset & 0x3FF)));
}

// The UTF-16BE hex digits of the text's first `max_units` code units, cut between characters;
// empty when the text is not valid UTF-8.
std::string utf16be_hex_of_first(const std::string& utf8, size_t max_units) {
  std::optional<std::u32string> code_points = decode_utf8(utf8);
  if (!code_points) return {};
  std::string hex;
  size_t units = 0;
  for (char32_t code_point : *code_points) {
    units += utf16_units(code_point);
    if (units > max_units) break;
    append_utf16be(code_point, hex);
  }
  return hex;
}

void append_block(const std::vector<std::string>& lines, size_t first, size_t count,
                  std::string& cmap) {
  cmap += std::to_string(count) + " beginbfchar\n";
  for (size_t i = first; i < first + count; ++i) cmap += lines[i];
  cmap += "endbfchar\n";
}

}  // namespace

std::string utf16be_hex(const std::string& utf8) {
  return utf16be_hex_of_first(utf8, std::numeric_limits<size_t>::max());
}

std::string to_unicode_cmap(const std::map<uint16_t, std::string>& text_of_glyph) {
  std::vector<std::string> lines;
  for (const auto& [glyph, text] : text_of_glyph) {
    std::string target = utf16be_hex_of_first(text, kMaxTargetUnits);
    if (!target.empty()) lines.push_back("<" + hex4(glyph) + "> <" + target + ">\n");
  }
  std::string cmap = kHeader;
  for (size_t first = 0; first < lines.size(); first += kMaxEntriesPerBlock) {
    append_block(lines, first, std::min(kMaxEntriesPerBlock, lines.size() - first), cmap);
  }
  return cmap + kTrailer;
}

}  // namespace handout
