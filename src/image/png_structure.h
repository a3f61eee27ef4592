#pragma once

// stb_image trusts PNG data: it skips checksums and can turn a truncated file into half an
// image. These checks run first, so only a structurally sound PNG reaches the decoder.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// True when the bytes claim to be a PNG (its signature, possibly mangled by a text transfer).
bool looks_like_png(std::string_view bytes);

// Empty when the chunk structure is sound: the signature, IHDR first, every chunk inside the
// file with a matching CRC, IDAT present, IEND present. Otherwise what is wrong, in plain words
// that complete "figure 'x.png' is damaged: ...".
std::optional<std::string> find_png_damage(std::string_view bytes);

}  // namespace handout
