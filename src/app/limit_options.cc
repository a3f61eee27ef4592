#include "app/limit_options.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace handout {
namespace {

constexpr uint64_t kTebibyte = 1024 * 1024 * kMebibyte;

std::optional<uint64_t> whole_number(std::string_view text, uint64_t least, uint64_t most) {
  uint64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (number < least || number > most) return std::nullopt;
  return number;
}

bool set_pages(std::string_view value, ResourceLimits& limits) {
  auto pages = whole_number(value, 1, 1'000'000'000);
  if (pages) limits.max_pages = *pages;
  return pages.has_value();
}

bool set_yaml_depth(std::string_view value, ResourceLimits& limits) {
  auto depth = whole_number(value, 1, kDeepestYamlNesting);
  if (depth) limits.max_yaml_depth = static_cast<int>(*depth);
  return depth.has_value();
}

bool set_yaml_values(std::string_view value, ResourceLimits& limits) {
  auto values = whole_number(value, 1, 1'000'000'000);
  if (values) limits.max_yaml_values = *values;
  return values.has_value();
}

bool set_megapixels(std::string_view value, ResourceLimits& limits) {
  double megapixels = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), megapixels);
  if (error != std::errc() || end != value.data() + value.size()) return false;
  if (!(megapixels >= 0.01 && megapixels <= 1e6)) return false;  // also refuses NaN
  limits.max_image_pixels = static_cast<uint64_t>(std::llround(megapixels * 1e6));
  return true;
}

bool set_input_size(std::string_view value, ResourceLimits& limits) {
  auto size = parse_byte_size(value);
  if (size) limits.max_input_bytes = *size;
  return size.has_value();
}

bool set_image_size(std::string_view value, ResourceLimits& limits) {
  auto size = parse_byte_size(value);
  if (size) limits.max_image_bytes = *size;
  return size.has_value();
}

static_assert(kDeepestYamlNesting == 400, "the --max-yaml-depth message below names it");

const LimitOption kLimitOptions[] = {
    {kMaxPagesOption, "a number of pages", set_pages, "a whole number from 1 to 1000000000"},
    {kMaxMegapixelsOption, "a number of megapixels", set_megapixels,
     "a number from 0.01 to 1000000, such as 50 or 2.5"},
    {kMaxImageSizeOption, "a file size", set_image_size,
     "bytes, or a number with K, M or G (powers of 1024), such as 100M"},
    {kMaxInputSizeOption, "a file size", set_input_size,
     "bytes, or a number with K, M or G (powers of 1024), such as 16M"},
    {kMaxYamlDepthOption, "a nesting depth", set_yaml_depth, "a whole number from 1 to 400"},
    {kMaxYamlValuesOption, "a number of values", set_yaml_values,
     "a whole number from 1 to 1000000000"},
};

uint64_t unit_factor(std::string_view unit) {
  std::string lower;
  for (char c : unit) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.empty() || lower == "b") return 1;
  if (lower == "k" || lower == "kib") return kKibibyte;
  if (lower == "m" || lower == "mib") return kMebibyte;
  if (lower == "g" || lower == "gib") return 1024 * kMebibyte;
  return 0;
}

}  // namespace

const LimitOption* find_limit_option(std::string_view argument) {
  for (const LimitOption& option : kLimitOptions) {
    if (argument == option.name) return &option;
    if (argument.starts_with(option.name) && argument.size() > option.name.size() &&
        argument[option.name.size()] == '=') {
      return &option;
    }
  }
  return nullptr;
}

std::vector<std::string> limit_option_names() {
  std::vector<std::string> names;
  for (const LimitOption& option : kLimitOptions) names.emplace_back(option.name);
  return names;
}

bool set_limit(const LimitOption& option, const std::string& value, ResourceLimits& limits,
               Diagnostics& diagnostics) {
  if (option.set(value, limits)) return true;
  diagnostics.error(
      {}, std::string(option.name) + " takes " + std::string(option.what) + ", not '" + value + "'",
      {"write " + std::string(option.allowed), "run 'handout --help' for usage"},
      FailureKind::bad_usage);
  return false;
}

std::optional<uint64_t> parse_byte_size(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0) return std::nullopt;
  const std::optional<uint64_t> number = whole_number(text.substr(0, digits), 1, kTebibyte);
  const uint64_t factor = unit_factor(text.substr(digits));
  if (!number || factor == 0 || *number > kTebibyte / factor) return std::nullopt;
  return *number * factor;
}

}  // namespace handout
