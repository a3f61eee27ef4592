#pragma once

// stb_image reads a TGA's pixels without checking that the file holds them: a truncated file, or
// a 36-byte one whose header claims 10 megapixels of run-length data, becomes an image padded
// with zeros (found by fuzz_image, where it took 11 s). This check runs first, so that only a
// TGA with all its data reaches the decoder.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// TGA has no signature: true when the header's colour map and image types are ones stb_image
// reads. Meant for bytes that have no other format's signature.
bool looks_like_tga(std::string_view bytes);

// Empty when the file holds its colour map and enough pixel data for every pixel (raw, or
// run-length encoded at its densest). Otherwise what is wrong, in plain words that complete
// "figure 'x.tga' is damaged: ...".
std::optional<std::string> find_tga_damage(std::string_view bytes);

}  // namespace handout
