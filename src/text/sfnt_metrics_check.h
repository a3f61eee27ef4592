#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Why the tables that measuring and embedding read do not fit the font's glyph count, in plain
// words ("its 'loca' table is 3 bytes long, too short for the places of its 3317 glyphs (6636
// bytes)"); nothing when they fit, or when a table is missing (that is for the font loader to
// say). `bytes` is a whole font whose table directory sfnt_directory_problem accepted.
// HarfBuzz reads a short 'hmtx' as zero advances and a short 'loca' or 'glyf' as empty glyphs,
// so such a font would be set and embedded without a word, with text that overlaps or is blank.
std::optional<std::string> sfnt_metrics_problem(std::string_view bytes);

}  // namespace handout
