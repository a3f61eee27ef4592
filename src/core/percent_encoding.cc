#include "core/percent_encoding.h"

#include <cstdio>

namespace handout {

std::string percent_encode_uri(const std::string& uri) {
  std::string encoded;
  for (unsigned char c : uri) {
    // Besides non-ASCII, encode the characters PDF string syntax or URI syntax would misread.
    if (c > 0x20 && c < 0x7F && c != '(' && c != ')' && c != '\\' && c != '"' && c != '<' &&
        c != '>' && c != ' ') {
      encoded += static_cast<char>(c);
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", c);
      encoded += escape;
    }
  }
  return encoded;
}

}  // namespace handout
