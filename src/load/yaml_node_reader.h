#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "core/quoted_list.h"  // quoted_list, for the readers' messages
#include "model/data_model.h"

namespace handout {

// Reads values out of the parsed YAML of one file: turns yaml-cpp's 0-based marks into
// positions and reports values of the wrong shape, so that the loaders only say what a value
// means. Errors go to `diagnostics`; each reading function still returns something usable, so
// one pass finds every problem.
class YamlReader {
 public:
  YamlReader(std::string file, std::string_view source, Diagnostics& diagnostics);

  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  SourceLocation where(const YAML::Node& node) const;
  // The position of byte `offset` of a scalar's text, when that text stands verbatim on one
  // line of the source; otherwise the scalar's start.
  SourceLocation where_in_scalar(const YAML::Node& scalar, size_t offset) const;
  // The 1-based column of a scalar's first text byte when its text stands verbatim on one
  // line of the source (see TextValue::text_column); 0 otherwise.
  int verbatim_column(const YAML::Node& scalar) const;
  // The first line and the column of the text of a literal block scalar (`|`) whose lines stand
  // verbatim in the source, as they do unless the block has trailing white space on its lines
  // or tabs; nothing for other scalars.
  std::optional<std::pair<int, int>> literal_block_start(const YAML::Node& scalar) const;
  // A scalar's text with its position, and where its text stands when it stands verbatim.
  TextValue placed_text(const YAML::Node& scalar) const;
  // The source line a position is on ("" when unknown).
  std::string_view source_line(int line) const;
  // The source byte at a position ('\0' when unknown).
  char source_char(const SourceLocation& at) const;

  void error(const YAML::Node& at, std::string message, std::vector<std::string> hints = {});
  void error(SourceLocation at, std::string message, std::vector<std::string> hints = {});

  // "a list", "a mapping", "text", "a number", "a yes/no value" or "empty".
  static std::string describe(const YAML::Node& node);

  // Reports "<subject> must be <wanted>, but this is <what it is>" unless `node` has the type.
  bool expect(const YAML::Node& node, YAML::NodeType::value type, std::string_view subject,
              std::string_view wanted, std::vector<std::string> hints = {});

  // The text of a scalar. Anything else, and a plain scalar that YAML reads as a number,
  // boolean or null, is an error naming `subject`; the result is then empty.
  TextValue text(const YAML::Node& node, std::string_view subject);
  // Like text(), but a plain number is kept as written (a year is a fine date).
  TextValue text_or_number(const YAML::Node& node, std::string_view subject);
  // A plain true or false (any case the core schema allows).
  std::optional<bool> boolean(const YAML::Node& node, std::string_view subject);

 private:
  std::string file_;
  std::vector<std::string> lines_;
  Diagnostics& diagnostics_;
};

struct MappingEntry {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

// One YAML mapping, checked on construction: a key given twice, a key that is not a name and
// a key outside `known_keys` (with a did-you-mean hint) are errors. An empty `known_keys`
// allows any name, for mappings of user-chosen names such as 'styles'. `owner` names the
// mapping in messages: "item 3 ('Audio') has no 'description'".
class MappingReader {
 public:
  MappingReader(YamlReader& reader, const YAML::Node& mapping, std::string owner,
                std::vector<std::string> known_keys);

  const std::string& owner() const { return owner_; }
  SourceLocation where() const { return reader_.where(mapping_); }
  YamlReader& reader() { return reader_; }
  // Every distinct key in the order written; a repeated key keeps its first value.
  const std::vector<MappingEntry>& entries() const { return entries_; }

  // The entry of `key`, also when its value is empty; nullptr when the key is not given.
  const MappingEntry* entry(std::string_view key) const;
  // The value of `key`; an absent key and an empty (null) value both count as not given.
  std::optional<YAML::Node> find(std::string_view key) const;
  // Like find(), but a missing or empty value is an error at the mapping or the key (unless a
  // misspelling of the key was reported already).
  std::optional<YAML::Node> require(std::string_view key);

  // Text values; an optional one is empty when not given.
  TextValue optional_text(std::string_view key);
  TextValue required_text(std::string_view key);

 private:
  void add_entry(const YAML::Node& key_node, const YAML::Node& value);
  void report_unknown_key(const MappingEntry& entry);

  // Looks keys up by a string_view without making a string of it.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };

  YamlReader& reader_;
  YAML::Node mapping_;
  std::string owner_;
  std::vector<std::string> known_keys_;
  std::vector<MappingEntry> entries_;
  // Each key's index in entries_: a data file's mapping may have a hundred thousand keys.
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> key_indexes_;
  std::vector<std::string> suggested_keys_;  // by did-you-mean hints for unknown keys
};

}  // namespace handout
