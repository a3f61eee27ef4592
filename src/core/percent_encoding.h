#pragma once

#include <string>

namespace handout {

// A URI as a PDF link may hold it: printable ASCII, everything else percent-encoded as UTF-8
// bytes (libharu writes the string as it is given). Binding checks the encoded length against
// what a PDF string holds; the writer writes it.
std::string percent_encode_uri(const std::string& uri);

}  // namespace handout
