#include "write/to_unicode_cmap.h"

#include <algorithm>
#include <vector>

#include "write/pdf_syntax.h"
#include "core/utf8.h"

namespace handout {
namespace {

constexpr size_t kMaxEntriesPerBlock = 100;  // the limit the CMap specification sets

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

void append_utf16be(char32_t code_point, std::string& hex) {
  if (code_point < 0x10000) {
    hex += hex4(static_cast<uint16_t>(code_point));
    return;
  }
  char32_t offset = code_point - 0x10000;
  hex += hex4(static_cast<uint16_t>(0xD800 + (offset >> 10)));
  hex += hex4(static_cast<uint16_t>(0xDC00 + (offset & 0x3FF)));
}

void append_block(const std::vector<std::string>& lines, size_t first, size_t count,
                  std::string& cmap) {
  cmap += std::to_string(count) + " beginbfchar\n";
  for (size_t i = first; i < first + count; ++i) cmap += lines[i];
  cmap += "endbfchar\n";
}

}  // namespace

std::string utf16be_hex(const std::string& utf8) {
  std::optional<std::u32string> code_points = decode_utf8(utf8);
  if (!code_points) return {};
  std::string hex;
  for (char32_t code_point : *code_points) append_utf16be(code_point, hex);
  return hex;
}

std::string to_unicode_cmap(const std::map<uint16_t, std::string>& text_of_glyph) {
  std::vector<std::string> lines;
  for (const auto& [glyph, text] : text_of_glyph) {
    std::string target = utf16be_hex(text);
    if (!target.empty()) lines.push_back("<" + hex4(glyph) + "> <" + target + ">\n");
  }
  std::string cmap = kHeader;
  for (size_t first = 0; first < lines.size(); first += kMaxEntriesPerBlock) {
    append_block(lines, first, std::min(kMaxEntriesPerBlock, lines.size() - first), cmap);
  }
  return cmap + kTrailer;
}

}  // namespace handout
