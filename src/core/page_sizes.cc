#include "core/page_sizes.h"

#include <algorithm>
#include <cctype>

namespace handout {
namespace {

constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kInch = 72;

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

const std::vector<NamedPageSize>& named_page_sizes() {
  // Half-Letter (statement) is what two pages side by side on a Letter sheet are.
  static const std::vector<NamedPageSize> sizes = {
      {"A3", 297 * kMillimetre, 420 * kMillimetre}, {"A4", 210 * kMillimetre, 297 * kMillimetre},
      {"A5", 148 * kMillimetre, 210 * kMillimetre}, {"A6", 105 * kMillimetre, 148 * kMillimetre},
      {"Letter", 8.5 * kInch, 11 * kInch},          {"Legal", 8.5 * kInch, 14 * kInch},
      {"Half-Letter", 5.5 * kInch, 8.5 * kInch}};
  return sizes;
}

std::optional<NamedPageSize> find_page_size(std::string_view name) {
  for (const NamedPageSize& size : named_page_sizes()) {
    if (same_ignoring_case(name, size.name)) return size;
  }
  return std::nullopt;
}

std::vector<std::string> page_size_names() {
  std::vector<std::string> names;
  for (const NamedPageSize& size : named_page_sizes()) names.push_back(size.name);
  return names;
}

}  // namespace handout
