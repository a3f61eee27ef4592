#pragma once

#include <string_view>

namespace handout {

// What a scalar means to YAML 1.2's core schema. yaml-cpp hands every scalar over as a string,
// so the loader decides itself whether `description: 42` was meant as text.
enum class ScalarKind { text, number, boolean, null };

// How the core schema reads a plain (unquoted, untagged) scalar: "42", "-1.5e3", "0x1F" and
// ".inf" are numbers, "true" and "False" booleans, "~" and "null" null. Unlike YAML 1.1,
// "yes", "no", "on" and "off" are text.
ScalarKind core_schema_kind(std::string_view plain_scalar);

// How an explicit tag (e.g. "tag:yaml.org,2002:int" from `!!int`) types its scalar; any tag
// the core schema does not know types it as text.
ScalarKind tagged_scalar_kind(std::string_view tag);

}  // namespace handout
