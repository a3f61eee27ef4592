#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace handout {

// The six capital letters that prefix a subset font's name ("ABCDEF+NotoSans-Regular").
// Derived from the face and its glyph set only, so the same document always gets the same tags
// and different subsets of one face get different ones.
std::string subset_tag(std::string_view postscript_name, const std::set<uint32_t>& glyph_ids);

}  // namespace handout
