#pragma once

// stb_image reads a BMP's pixel rows without checking that the file holds them: a truncated file,
// or a 70-byte one whose header claims 16 million rows, becomes an image padded with zeros
// (found by fuzz_image). This check runs first, so only a BMP with every row reaches the decoder.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

bool looks_like_bmp(std::string_view bytes);

// Empty when the file holds the uncompressed rows its header promises (or when it is a kind of
// BMP stb_image refuses anyway, such as a run-length encoded one). Otherwise what is wrong, in
// plain words that complete "figure 'x.bmp' is damaged: ...".
std::optional<std::string> find_bmp_damage(std::string_view bytes);

}  // namespace handout
