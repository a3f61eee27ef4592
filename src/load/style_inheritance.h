#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "load/yaml_node_reader.h"
#include "model/template_model.h"

namespace handout {

// A leading as written: points, or a fraction of the style's final size. A relative leading
// stays relative through inheritance, so a style that only changes the size of its base gets
// proportionally spaced lines.
struct Leading {
  double value = 1.2;
  bool relative = true;
};

// One style as written: only the properties given, and the style it is based on.
struct StyleSpec {
  std::string name;
  SourceLocation where;
  std::string based_on;  // empty: built-in defaults only
  SourceLocation based_on_where;
  std::optional<std::string> family;
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<double> size;
  std::optional<Leading> leading;
  std::optional<double> space_before;
  std::optional<double> space_after;
  std::optional<double> first_line_indent;
  std::optional<TextAlign> align;
  std::optional<Color> color;
  SourceLocation color_where;
  std::optional<bool> hyphenate;
};

// Applies `based-on` chains, in any declaration order, over the built-in defaults (family
// `default_family`, 10pt, leading 120%, black, left). An unknown base or a cycle is an error at
// the `based-on` value; the style then starts from the defaults.
std::map<std::string, StyleDef> resolve_styles(const std::vector<StyleSpec>& specs,
                                               const std::string& default_family,
                                               YamlReader& reader);

}  // namespace handout
