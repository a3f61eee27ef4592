#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Why the table directory of a TrueType/OpenType file (`bytes`, the whole file) does not fit in
// the file, in plain words ("its 'glyf' table ends at byte 212340, but the file has only 100000
// bytes", "its 'head' table starts at byte 0, inside the table directory"); nothing when every
// table lies inside it, after the directory, or when the file does not start like an
// sfnt font at all (that is for the font parser to say). HarfBuzz reads a table cut off by a
// truncated download as empty, so such a file would otherwise fail late and obscurely.
std::optional<std::string> sfnt_directory_problem(std::string_view bytes);

}  // namespace handout
