#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace handout {

// Whether the file is a font with TrueType (glyf) outlines, the kind FontFile2 embeds.
bool has_truetype_outlines(std::string_view font_file);

// A TrueType subset of `font_file` keeping `glyph_ids` (and .notdef with its outline) at their
// original ids, so that glyph id = CID still holds. Layout tables (GSUB, GPOS, GDEF) and hinting
// are dropped: shaping is done and PDF viewers render unhinted outlines the same, at half the
// size. Nothing when the file has no TrueType outlines or HarfBuzz cannot subset it. FontFace
// tries it on every font it loads (keeping .notdef only), so that a font HarfBuzz cannot subset
// is refused where the template names it, not when the PDF is written.
std::optional<std::string> subset_truetype(std::string_view font_file,
                                           const std::set<uint32_t>& glyph_ids);

}  // namespace handout
