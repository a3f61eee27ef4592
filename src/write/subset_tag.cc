#include "write/subset_tag.h"

namespace handout {
namespace {

// 64-bit FNV-1a: tiny, stable across platforms and releases, good enough to tell subsets apart.
class Fnv1a {
 public:
  void add(uint8_t byte) {
    hash_ ^= byte;
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::string subset_tag(std::string_view postscript_name, const std::set<uint32_t>& glyph_ids) {
  Fnv1a hash;
  for (char c : postscript_name) hash.add(static_cast<uint8_t>(c));
  for (uint32_t glyph : glyph_ids) {
    for (int shift = 24; shift >= 0; shift -= 8) hash.add(static_cast<uint8_t>(glyph >> shift));
  }
  uint64_t bits = hash.value();
  std::string tag(6, 'A');
  for (char& letter : tag) {
    letter = static_cast<char>('A' + bits % 26);
    bits /= 26;
  }
  return tag;
}

}  // namespace handout
