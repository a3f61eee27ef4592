#pragma once

#include <vector>

#include "layout/page_flow.h"
#include "layout/paragraph_setting.h"
#include "layout/text_area.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"

namespace handout {

// Sets the running header and footer on the paginated pages, now that {{pages}} is known.
// Each sits on one line centred in its margin (header in the top margin, footer in the bottom
// one); the left slot starts at the left margin, the centre slot is centred on the text area,
// the right slot ends at the right margin (mirrored on even pages when two-sided). Page 1 is
// skipped when `on_first_page` is false and has its own slots when `first_page` is given; pages
// left blank before a right-hand start are skipped. Slots written as inner and outer swap on the
// even pages of a two-sided document, so the outer one is always at the outer edge.
// {{section}} is the title of the last level-1 outline entry on or before the page.
void add_running_text(const DocTree& document, FlowedPages& flowed, TypesettingContext& context);

// Fills {{page}} (1-based) and {{pages}} (the total) in a header or footer text.
std::string fill_page_numbers(std::string_view text, size_t page_number, size_t page_count);

}  // namespace handout
