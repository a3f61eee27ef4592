#pragma once

// stb_image 2.27 crashes on a Softimage PIC file it cannot decode to the end: after any error in
// the pixel data it converts the null result it has just freed. So PIC files are walked first,
// the way stb_image reads them, and only one it will decode whole reaches it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Empty when the PIC file `bytes` of `width` x `height` pixels has sound channel packets (at
// most 10, 8 bits each, uncompressed or run-length coded) and pixel data for every row of each.
// Otherwise what is wrong, in plain words that complete "figure 'x.pic' is damaged: ...".
std::optional<std::string> find_pic_damage(std::string_view bytes, uint64_t width, uint64_t height);

}  // namespace handout
