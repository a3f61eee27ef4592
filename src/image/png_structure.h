#pragma once

// stb_image trusts PNG data: it skips checksums and can turn a truncated file into half an
// image. These checks run first, so only a structurally sound PNG reaches the decoder.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

// True when the bytes claim to be a PNG (its signature, possibly mangled by a text transfer).
bool looks_like_png(std::string_view bytes);

// Empty when the chunk structure is sound: the signature, IHDR first, every chunk inside the
// file with a matching CRC, IDAT present, IEND present. Otherwise what is wrong, in plain words
// that complete "figure 'x.png' is damaged: ...".
std::optional<std::string> find_png_damage(std::string_view bytes);

struct PngChunk {
  std::string_view type;  // four letters, such as "IDAT"
  std::string_view data;  // without the length, type and CRC around it
};

// The chunks from IHDR up to and including IEND. Meant for bytes find_png_damage found sound;
// on others it stops at the first chunk that does not fit in the file.
std::vector<PngChunk> read_png_chunks(std::string_view bytes);

}  // namespace handout
