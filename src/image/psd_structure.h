#pragma once

// stb_image reads a PSD's image data without checking that the file holds it: a truncated file,
// or a 90-byte one whose header claims 46 million pixels, becomes an image padded with zeros
// (found by fuzz_image, where it took 11 s). This check runs first, so that only a PSD with all
// its data reaches the decoder.

#include <optional>
#include <string>
#include <string_view>

namespace handout {

bool looks_like_psd(std::string_view bytes);

// Empty when the file holds the sections its header promises and enough image data for every
// pixel of the channels stb_image reads (raw, or run-length encoded at its densest) and no pixel
// darker than its white matte allows (psd_matte.h), or when it is a PSD stb_image refuses anyway. Otherwise what is wrong, in plain words that complete
// "figure 'x.psd' is damaged: ...".
std::optional<std::string> find_psd_damage(std::string_view bytes);

}  // namespace handout
