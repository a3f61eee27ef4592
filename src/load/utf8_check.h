#pragma once

#include <string_view>
#include <vector>

namespace handout {

// Where a byte sequence that is not UTF-8 starts. Line and column are 1-based; columns count
// bytes, as yaml-cpp's marks do, so both kinds of position agree.
struct InvalidUtf8 {
  int line = 0;
  int column = 0;
  unsigned char first_byte = 0;
};

// The first invalid sequence of each line that has one, at most `limit` of them: a file in a
// legacy encoding would otherwise give an error for every accented letter.
std::vector<InvalidUtf8> find_invalid_utf8(std::string_view text, size_t limit = 10);

}  // namespace handout
