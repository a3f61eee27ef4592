#include "layout/hyphenation_patterns.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "core/whitespace.h"

namespace handout {
namespace {

// "LEFTHYPHENMIN 2" -> 2 when `line` is that setting; nullopt otherwise, -1 when malformed.
std::optional<int> setting(std::string_view line, std::string_view name) {
  if (!line.starts_with(name) || line.size() == name.size() || line[name.size()] != ' ') {
    return std::nullopt;
  }
  const std::string_view number = trim_whitespace(line.substr(name.size()));
  int value = -1;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  return error == std::errc() && end == number.data() + number.size() ? value : -1;
}

// Letters (any UTF-8 sequence), the word-boundary mark '.', and the apostrophe and hyphen of
// "affluence's" and "fault-finders" (which never match the letters-only words hyphenated here).
bool is_pattern_byte(unsigned char byte) {
  return byte == '.' || byte == '\'' || byte == '-' || (byte >= 'a' && byte <= 'z') || byte >= 0x80;
}

// The minimums for the parts of a compound word: they apply only across the hyphen or
// apostrophe libhyphen splits a word at, and the words hyphenated here are letters only.
bool is_compound_setting(std::string_view line) {
  return line.starts_with("COMPOUNDLEFTHYPHENMIN ") || line.starts_with("COMPOUNDRIGHTHYPHENMIN ");
}

}  // namespace

std::optional<HyphenationPatterns> HyphenationPatterns::parse(std::string_view dic_text) {
  HyphenationPatterns patterns;
  std::fill(std::begin(patterns.root_children_), std::end(patterns.root_children_), kNone);
  patterns.nodes_.reserve(dic_text.size() / 2);
  patterns.values_.reserve(dic_text.size());
  bool first_line = true;
  while (!dic_text.empty()) {
    const size_t end = std::min(dic_text.find('\n'), dic_text.size());
    const std::string_view line = trim_whitespace(dic_text.substr(0, end));
    dic_text.remove_prefix(std::min(end + 1, dic_text.size()));
    if (first_line) {  // the character set; patterns in any other one are libhyphen's to read
      first_line = false;
      if (line != "UTF-8") return std::nullopt;
      continue;
    }
    if (line.empty() || line.front() == '%') continue;
    const bool read = std::isupper(static_cast<unsigned char>(line.front()))
                          ? patterns.read_setting(line)
                          : patterns.add_pattern(line);
    if (!read) return std::nullopt;
  }
  if (patterns.left_hyphen_min_ < 0 || patterns.right_hyphen_min_ < 0) return std::nullopt;
  return patterns;
}

// LEFTHYPHENMIN and RIGHTHYPHENMIN are kept; any other keyword (NEXTLEVEL, NOHYPHEN, ...) is
// one of libhyphen's extensions.
bool HyphenationPatterns::read_setting(std::string_view line) {
  if (auto left = setting(line, "LEFTHYPHENMIN")) {
    left_hyphen_min_ = *left;
  } else if (auto right = setting(line, "RIGHTHYPHENMIN")) {
    right_hyphen_min_ = *right;
  } else {
    return is_compound_setting(line);
  }
  return true;
}

// "a1b2c" -> the path a-b-c in the trie, ending at a node with the values 0 1 2 0.
bool HyphenationPatterns::add_pattern(std::string_view pattern) {
  std::array<uint8_t, UINT8_MAX> values{};
  size_t count = 1;
  uint32_t node = 0;
  for (const char c : pattern) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= '0' && byte <= '9') {
      values[count - 1] = static_cast<uint8_t>(byte - '0');
    } else if (is_pattern_byte(byte) && count < values.size()) {
      node = child_or_new(node, byte);
      ++count;
    } else {
      return false;  // a keyword, a non-standard break or a space: libhyphen's extensions
    }
  }
  if (node == 0) return false;
  nodes_[node].values_at = static_cast<uint32_t>(values_.size());
  nodes_[node].values_count = static_cast<uint8_t>(count);
  values_.insert(values_.end(), values.begin(), values.begin() + count);
  return true;
}

uint32_t HyphenationPatterns::child(uint32_t node, uint8_t byte) const {
  if (node == 0) return root_children_[byte];
  for (uint32_t at = nodes_[node].first_child; at != kNone; at = nodes_[at].next_sibling) {
    if (nodes_[at].byte == byte) return at;
  }
  return kNone;
}

uint32_t HyphenationPatterns::child_or_new(uint32_t node, uint8_t byte) {
  const uint32_t found = child(node, byte);
  if (found != kNone) return found;
  const auto added = static_cast<uint32_t>(nodes_.size());
  Node leaf;
  leaf.byte = byte;
  leaf.next_sibling = node == 0 ? kNone : nodes_[node].first_child;
  nodes_.push_back(leaf);
  if (node == 0) {
    root_children_[byte] = added;
  } else {
    nodes_[node].first_child = added;
  }
  return added;
}

std::vector<uint8_t> HyphenationPatterns::boundary_values(std::string_view dotted) const {
  std::vector<uint8_t> result(dotted.size() + 1, 0);
  for (size_t start = 0; start < dotted.size(); ++start) {
    uint32_t node = 0;
    for (size_t at = start; at < dotted.size(); ++at) {
      node = child(node, static_cast<uint8_t>(dotted[at]));
      if (node == kNone) break;
      const Node& found = nodes_[node];
      for (uint8_t i = 0; i < found.values_count; ++i) {
        result[start + i] = std::max(result[start + i], values_[found.values_at + i]);
      }
    }
  }
  return result;
}

}  // namespace handout
