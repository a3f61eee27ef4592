#include "core/pdf_limits.h"

#include <cmath>

namespace handout {

std::string pdf_page_size_range() { return "3pt to 14400pt (200in)"; }

bool is_pdf_page_side(double points) {
  return std::isfinite(points) && points >= kSmallestPdfPage && points <= kLargestPdfPage;
}

std::string too_long_for_pdf(size_t bytes) {
  return "is " + std::to_string(bytes) + " bytes long, more than the " +
         std::to_string(kMostPdfStringBytes) + " bytes ";
}

}  // namespace handout
