#pragma once

#include <vector>

#include "layout/block_measuring.h"
#include "layout/page_flow.h"
#include "layout/paragraph_setting.h"
#include "layout/text_area.h"

namespace handout {

// Sets the entries of every table of contents among `blocks` from the headings of all of them
// (in document order, up to the contents' depth): the title indented per level, wrapped short
// of the room kept for the page number, dot leaders on its last line. Each entry is one unit
// whose page number is left to fill_page_references. Returns the headings it listed from
// (every heading, with its level), to check them against the outline after flow.
std::vector<OutlineEntry> set_contents(std::vector<FlowBlock>& blocks, const TextArea& area,
                                       TypesettingContext& context);

// After flow: each contents entry gets its heading's page number, right-aligned, and a link
// to the heading. The outline must list the same headings as before flow; else the entries are
// left without numbers and an internal error says so.
void fill_page_references(FlowedPages& flowed, const std::vector<OutlineEntry>& headings,
                          TypesettingContext& context);

}  // namespace handout
