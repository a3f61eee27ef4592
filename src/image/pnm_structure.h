#pragma once

// stb_image reads a binary PNM's header numbers into an int without checking for overflow
// (found by fuzz_image: undefined behaviour on a 40-digit width), and ignores a short read of its
// pixels, leaving them uninitialized. This check runs first, so that only a PNM with sane header
// numbers and all its pixels reaches the decoder.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

// A binary PGM or PPM ("P5", "P6"): the kinds stb_image reads.
bool looks_like_pnm(std::string_view bytes);

// Empty when the header's width, height and maximum value fit in an int and the file holds
// every pixel they promise (or when stb_image refuses the file anyway). Otherwise what is wrong,
// in plain words that complete "figure 'x.ppm' is damaged: ...".
std::optional<std::string> find_pnm_damage(std::string_view bytes);

}  // namespace handout
