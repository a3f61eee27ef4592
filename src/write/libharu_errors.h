#pragma once

#include <string>

namespace handout {

// libharu reports failures as bare numbers (hpdf_error.h); these say them in words.
// "libharu error 0x1054 (the page size is out of range)"
std::string describe_libharu_error(unsigned long code);

}  // namespace handout
