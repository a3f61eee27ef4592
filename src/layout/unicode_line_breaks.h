#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace handout {

// Calls `found(byte, mandatory)` for every place where UAX #14 lets a line of the UTF-8 `text`
// end, in ascending order: a break before `byte`, never at 0 and never at the text's end.
// `mandatory` is a break that must be taken, after a line separator (LF, CR, NEL, VT, FF,
// U+2028, U+2029). The rules are ICU's (the reference implementation of UAX #14, any code point
// allowed), tailored by the BCP 47 `language` ("ja", "en-US"; the root rules when it is empty
// or ICU cannot read it). Throws std::runtime_error when ICU fails, which is a bug, not bad input.
void for_each_unicode_line_break(std::string_view text, std::string_view language,
                                 const std::function<void(size_t byte, bool mandatory)>& found);

}  // namespace handout
