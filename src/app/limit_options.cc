#include "app/limit_options.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <type_traits>

#include "app/usage_error.h"

namespace handout {
namespace {

constexpr uint64_t kTebibyte = 1024 * 1024 * kMebibyte;
constexpr uint64_t kMostCount = 1'000'000'000;  // pages, blocks, values: far past any real use
constexpr std::string_view kMostCountInWords = "a whole number from 1 to 1000000000";

std::optional<uint64_t> whole_number(std::string_view text, uint64_t least, uint64_t most) {
  uint64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (number < least || number > most) return std::nullopt;
  return number;
}

// Sets the limit `member` to a whole number from `least` to `most`.
template <auto member, uint64_t least, uint64_t most>
bool set_whole_number(std::string_view value, ResourceLimits& limits) {
  const std::optional<uint64_t> number = whole_number(value, least, most);
  if (number) limits.*member = static_cast<std::decay_t<decltype(limits.*member)>>(*number);
  return number.has_value();
}

template <auto member>
bool set_byte_size(std::string_view value, ResourceLimits& limits) {
  const std::optional<uint64_t> size = parse_byte_size(value);
  if (size) limits.*member = *size;
  return size.has_value();
}

bool set_font_size(std::string_view value, ResourceLimits& limits) {
  const std::optional<uint64_t> size = parse_byte_size(value);
  if (!size || *size > kLargestFontBytes) return false;
  limits.max_font_bytes = *size;
  return true;
}

bool set_megapixels(std::string_view value, ResourceLimits& limits) {
  double megapixels = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), megapixels);
  if (error != std::errc() || end != value.data() + value.size()) return false;
  if (!(megapixels >= 0.01 && megapixels <= 1e6)) return false;  // also refuses NaN
  limits.max_image_pixels = static_cast<uint64_t>(std::llround(megapixels * 1e6));
  return true;
}

static_assert(kDeepestYamlNesting == 400, "the --max-yaml-depth message below names it");

const LimitOption kLimitOptions[] = {
    {kMaxPagesOption, "a number of pages",
     set_whole_number<&ResourceLimits::max_pages, 1, kMostCount>, kMostCountInWords},
    {kMaxBlocksOption, "a number of blocks",
     set_whole_number<&ResourceLimits::max_blocks, 1, kMostCount>, kMostCountInWords},
    {kMaxMegapixelsOption, "a number of megapixels", set_megapixels,
     "a number from 0.01 to 1000000, such as 50 or 2.5"},
    {kMaxImageSizeOption, "a file size", set_byte_size<&ResourceLimits::max_image_bytes>,
     "bytes, or a number with K, M or G (powers of 1024), such as 100M"},
    {kMaxImageMemoryOption, "a size", set_byte_size<&ResourceLimits::max_image_memory>,
     "bytes, or a number with K, M or G (powers of 1024), such as 64M"},
    {kMaxParagraphSizeOption, "a size", set_byte_size<&ResourceLimits::max_paragraph_bytes>,
     "bytes, or a number with K, M or G (powers of 1024), such as 256K"},
    {kMaxInputSizeOption, "a file size", set_byte_size<&ResourceLimits::max_input_bytes>,
     "bytes, or a number with K, M or G (powers of 1024), such as 16M"},
    {kMaxFontSizeOption, "a file size", set_font_size,
     "bytes, or a number with K, M or G (powers of 1024), such as 64M; at most 2047M, the most "
     "HarfBuzz reads"},
    {kMaxTextSizeOption, "a text size", set_byte_size<&ResourceLimits::max_text_bytes>,
     "bytes, or a number with K, M or G (powers of 1024), such as 16M"},
    {kMaxYamlDepthOption, "a nesting depth",
     set_whole_number<&ResourceLimits::max_yaml_depth, 1, kDeepestYamlNesting>,
     "a whole number from 1 to 400"},
    {kMaxYamlValuesOption, "a number of values",
     set_whole_number<&ResourceLimits::max_yaml_values, 1, kMostCount>, kMostCountInWords},
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

bool set_limit(const LimitOption& option, const std::string& value, ResourceLimits& limits,
               Diagnostics& diagnostics) {
  if (option.set(value, limits)) return true;
  usage_error(
      diagnostics,
      std::string(option.name) + " takes " + std::string(option.what) + ", not '" + value + "'",
      "write " + std::string(option.allowed));
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
