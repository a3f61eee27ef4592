#pragma once

// stb_image 2.27 decodes the run-length coded scanlines of a Radiance HDR file without checking
// that each run makes progress: a run of length 0, or a file that ends inside a scanline (which
// it reads as endless zeros), loops forever. Walking the scanlines first finds both.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Empty when every scanline of the HDR file `bytes`, of the size its header claims, is complete:
// flat RGBE pixels, or four run-length coded channels of `width` samples each, as stb_image
// reads them. Otherwise what is wrong, in plain words that complete "figure 'x.hdr' is
// damaged: ...".
std::optional<std::string> find_hdr_damage(std::string_view bytes, uint64_t width, uint64_t height);

}  // namespace handout
