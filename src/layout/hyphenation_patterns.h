#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace handout {

// Liang's hyphenation patterns (the ones TeX uses) from a libhyphen .dic file, held in a trie
// that is built in well under a millisecond: libhyphen's own loader builds a state machine through
// a hash table and takes about 9 ms for the English dictionary, which made it the longest step of
// rendering a short handout. Only plain pattern files are read here; a file using libhyphen's
// extensions (another character set, NEXTLEVEL compound levels, non-standard "/" breaks) is left
// to libhyphen.
class HyphenationPatterns {
 public:
  // The patterns of a .dic file's text, or nullopt when it uses anything beyond plain UTF-8
  // patterns and the LEFTHYPHENMIN/RIGHTHYPHENMIN settings.
  static std::optional<HyphenationPatterns> parse(std::string_view dic_text);

  // Liang's value at each boundary of `dotted` (a lowercase word between '.' marks): entry i is
  // the largest digit any pattern puts before byte i. An odd value allows a hyphen there.
  std::vector<uint8_t> boundary_values(std::string_view dotted) const;

  int left_hyphen_min() const { return left_hyphen_min_; }
  int right_hyphen_min() const { return right_hyphen_min_; }

 private:
  struct Node {
    uint32_t first_child = kNone;
    uint32_t next_sibling = kNone;
    uint32_t values_at = kNone;  // where this pattern's values start in values_, or kNone
    uint8_t values_count = 0;
    uint8_t byte = 0;
  };
  static constexpr uint32_t kNone = UINT32_MAX;

  bool read_setting(std::string_view line);
  bool add_pattern(std::string_view pattern);
  uint32_t child(uint32_t node, uint8_t byte) const;
  uint32_t child_or_new(uint32_t node, uint8_t byte);

  std::vector<Node> nodes_{Node{}};       // nodes_[0] is the root
  std::vector<uint8_t> values_;           // every pattern's boundary values, one after another
  uint32_t root_children_[256];           // the root's children, looked up directly
  int left_hyphen_min_ = 0;               // 0: the file does not say
  int right_hyphen_min_ = 0;
};

}  // namespace handout
