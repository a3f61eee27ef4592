#include "text/sfnt_metrics_check.h"

#include <algorithm>
#include <cstdint>

#include "text/sfnt_bytes.h"

namespace handout {
namespace {

using sfnt::big_endian;
using sfnt::table_bytes;

constexpr uint32_t kHeadMagic = 0x5F0F3CF5;
// Some fonts' 'loca' ends at the 4-byte padding after 'glyf', which the directory leaves out of
// its length: those few bytes are tolerated, as other font readers tolerate them.
constexpr size_t kGlyfPadding = 3;

std::string too_short(std::string_view tag, size_t length, const std::string& for_what) {
  return "its '" + std::string(tag) + "' table is " + std::to_string(length) +
         " bytes long, too short for " + for_what;
}

struct Counts {
  uint32_t glyphs = 0;
  uint32_t horizontal_metrics = 0;
  bool long_offsets = false;
};

std::optional<std::string> head_problem(std::string_view head, Counts& counts) {
  if (head.size() < 54) return too_short("head", head.size(), "a font header (54 bytes)");
  if (big_endian(head, 12, 4) != kHeadMagic) {
    return std::string("its 'head' table is not a font header (its magic number is wrong)");
  }
  const uint32_t format = big_endian(head, 50, 2);
  if (format > 1) {
    return "its 'head' table gives glyph places the format " + std::to_string(format) +
           ", which TrueType does not have";
  }
  counts.long_offsets = format == 1;
  return std::nullopt;
}

std::optional<std::string> hhea_problem(std::string_view hhea, Counts& counts) {
  if (hhea.size() < 36) return too_short("hhea", hhea.size(), "a horizontal header (36 bytes)");
  if (big_endian(hhea, 0, 2) != 1) {
    return "its 'hhea' table is not a horizontal header (version " +
           std::to_string(big_endian(hhea, 0, 2)) + ")";
  }
  counts.horizontal_metrics = big_endian(hhea, 34, 2);
  if (counts.horizontal_metrics == 0) {
    return std::string("its 'hhea' table gives no glyph any width");
  }
  return std::nullopt;
}

// Each glyph up to the header's count has an advance and a side bearing; the rest share the
// last advance and have a side bearing each.
std::optional<std::string> hmtx_problem(std::string_view hmtx, const Counts& counts) {
  const uint64_t metrics = std::min(counts.horizontal_metrics, counts.glyphs);
  const uint64_t needed = 4 * metrics + 2 * (counts.glyphs - metrics);
  if (hmtx.size() >= needed) return std::nullopt;
  return too_short("hmtx", hmtx.size(),
                   "the widths of its " + std::to_string(counts.glyphs) + " glyphs (" +
                       std::to_string(needed) + " bytes)");
}

// One place per glyph and one for the end of the last, every one inside 'glyf'.
std::optional<std::string> loca_problem(std::string_view loca, size_t glyf_length,
                                        const Counts& counts) {
  const size_t entry = counts.long_offsets ? 4 : 2;
  const uint64_t needed = (uint64_t{counts.glyphs} + 1) * entry;
  if (loca.size() < needed) {
    return too_short("loca", loca.size(),
                     "the places of its " + std::to_string(counts.glyphs) + " glyphs (" +
                         std::to_string(needed) + " bytes)");
  }
  for (uint32_t glyph = 0; glyph <= counts.glyphs; ++glyph) {
    const uint64_t place = uint64_t{big_endian(loca, glyph * entry, entry)} * (entry == 2 ? 2 : 1);
    if (place > glyf_length + kGlyfPadding) {
      return "its 'loca' table places glyph " + std::to_string(glyph) + " at byte " +
             std::to_string(place) + " of the 'glyf' table, which has only " +
             std::to_string(glyf_length) + " bytes";
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> sfnt_metrics_problem(std::string_view bytes) {
  const auto head = table_bytes(bytes, "head");
  const auto maxp = table_bytes(bytes, "maxp");
  const auto hhea = table_bytes(bytes, "hhea");
  const auto hmtx = table_bytes(bytes, "hmtx");
  if (!head || !maxp || !hhea || !hmtx) return std::nullopt;
  if (maxp->size() < 6) return too_short("maxp", maxp->size(), "a glyph count (6 bytes)");
  Counts counts;
  counts.glyphs = big_endian(*maxp, 4, 2);
  if (auto problem = head_problem(*head, counts)) return problem;
  if (auto problem = hhea_problem(*hhea, counts)) return problem;
  if (auto problem = hmtx_problem(*hmtx, counts)) return problem;
  const auto loca = table_bytes(bytes, "loca");
  const auto glyf = table_bytes(bytes, "glyf");
  if (!loca || !glyf) return std::nullopt;
  return loca_problem(*loca, glyf->size(), counts);
}

}  // namespace handout
