#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/data_model.h"
#include "model/inline_text.h"

namespace handout {

// Parses the light markup of one text value (see docs/data-format.md, "Inline markup"):
// **strong** and __strong__, *emphasis* and _emphasis_ (with CommonMark's flanking rules, so
// snake_case stays literal), `code`, [label](https://url), backslash escapes of ASCII
// punctuation and hard line breaks (a line ending in two spaces or a backslash). White space
// folds into single spaces; a hard break becomes '\n' in the span text. Markup that is not
// closed or does not match prints as written, with one warning at its opening mark.
// Counts one mark of inline markup as it is read: a run of '*' or '_' that can start or end
// emphasis, a code span, a link's '[' or a hard line break, each of which can start a new span.
// False stops the reading there.
using MarkCounter = std::function<bool()>;

InlineText parse_inline_markup(const TextValue& value, Diagnostics& diagnostics,
                               const MarkCounter& take_mark = nullptr);

// Like parse_inline_markup, one InlineText per paragraph: blank lines separate paragraphs.
std::vector<InlineText> parse_markup_paragraphs(const TextValue& value, Diagnostics& diagnostics);

// The same, handing each paragraph over as it is parsed, until `each_paragraph` says to stop.
void for_each_markup_paragraph(const TextValue& value, Diagnostics& diagnostics,
                               const std::function<bool(InlineText)>& each_paragraph,
                               const MarkCounter& take_mark = nullptr);

// At most this many warnings about one text's markup are given, then one that says how many
// more there were.
inline constexpr size_t kMostMarkupWarnings = 20;

// The characters a text value's markup prints, without marks (hard breaks as spaces), for
// document info, bookmarks and placeholders. Problems with the markup are not reported here:
// they are reported where the text is set.
std::string markup_free_text(std::string_view text);

}  // namespace handout
