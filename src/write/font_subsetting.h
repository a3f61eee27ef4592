#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace handout {

// A TrueType subset of `font_file` keeping `glyph_ids` (and .notdef with its outline) at their
// original ids, so that glyph id = CID still holds. Layout tables (GSUB, GPOS, GDEF) and hinting
// are dropped: shaping is done and PDF viewers render unhinted outlines the same, at half the
// size. Nothing when the file has no TrueType outlines or HarfBuzz cannot subset it.
// Whether the file is a font with TrueType (glyf) outlines, the kind FontFile2 embeds.
bool has_truetype_outlines(const std::string& font_file);

std::optional<std::string> subset_truetype(const std::string& font_file,
                                           const std::set<uint32_t>& glyph_ids);

}  // namespace handout
