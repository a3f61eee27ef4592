#pragma once

// Builds the node tree of a YAML file from yaml-cpp's parser events, within bounds. yaml-cpp
// shares an aliased node instead of copying it, so its tree stays as small as the file; every
// walk over the tree (the data tree, the template readers) visits an alias's values again each
// time, and a "billion laughs" file of a few lines turns into billions of values there (or a
// long text repeated into gigabytes: the data tree copies it each time). The builder counts the
// values and the bytes of text such a walk would meet, and how deep it would go, while it
// builds, so an oversized file is refused before any walk starts.

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/resource_limits.h"

namespace handout {

// What the YAML files of one load may ask for. The values of a template and of the files it
// includes add up, so that including a file many times cannot multiply them either.
struct YamlBudget {
  uint64_t max_file_bytes = 0;  // each file, checked before it is read
  int max_depth = 0;            // lists and mappings inside each other, aliases counted as copies
  uint64_t max_values = 0;      // scalars, lists and mappings (keys too), aliases counted as copies
  // The bytes of the scalars' text (keys too), aliases counted as copies: no more than one file
  // may hold, so that a few aliases cannot make a data tree of gigabytes from a small file.
  uint64_t max_text_bytes = 0;
  uint64_t values = 0;      // counted so far
  uint64_t text_bytes = 0;  // counted so far
  // The bytes of the files a template includes, each time it includes them: at most
  // max_file_bytes together, so that including a file many times cannot multiply its text.
  uint64_t included_bytes = 0;

  explicit YamlBudget(const ResourceLimits& limits)
      : max_file_bytes(limits.max_input_bytes),
        max_depth(limits.max_yaml_depth),
        max_values(limits.max_yaml_values),
        max_text_bytes(limits.max_input_bytes) {}
};

// Thrown by parse_first_document when the file breaks a bound; `mark` is where it does.
struct YamlBoundBroken {
  enum class Kind {
    too_deep,       // nesting beyond the depth bound
    too_many,       // more values than the budget holds
    too_much_text,  // more text than the budget holds
    alias_cycle,    // an alias inside the value its anchor names: it would repeat forever
  };
  Kind kind;
  YAML::Mark mark;
  bool through_alias = false;  // an alias's repeated values broke it
};

// The first document of `text`, and where a second document starts, if the text has one.
// yaml-cpp's LoadAll never returns on a stray ',' at the top level (each call "finds" another
// empty document at the same place), so one parser reads the first document into a node tree
// and then just the second one, if any, without building it. Throws YAML::ParserException for a
// syntax error in either, like YAML::Load, and YamlBoundBroken when the first document breaks
// one of `budget`'s bounds; its values are added to `budget.values`.
struct FirstDocument {
  YAML::Node root;
  std::optional<YAML::Mark> second_document_start;
};
FirstDocument parse_first_document(std::string_view text, YamlBudget& budget);

}  // namespace handout
