#pragma once

#include <optional>
#include <vector>

#include "layout/paragraph_setting.h"
#include "layout/text_area.h"
#include "model/doc_tree.h"
#include "model/layout_note.h"
#include "model/page_layout.h"

namespace handout {

// Where a heading's page number goes in a table of contents entry, and the entry's link area;
// x and y are measured like the unit's items.
struct PageReference {
  size_t heading = 0;                // the heading's index in the document's outline
  const TextStyle* style = nullptr;  // the number's style (the contents block's, in the DocTree)
  double right = 0;                  // where the number ends
  double baseline = 0;               // the number's baseline
  LinkArea link;                     // the whole entry
};

// The smallest piece of a block that page flow places: a line, or a figure's image. Its items
// have their final x; their y (image top, run baseline) is measured from the unit's top.
struct FlowUnit {
  double height = 0;
  std::vector<PageItem> items;
  // Headings that start in this unit: title and level, y from the unit's top; page flow adds
  // the page and the place.
  std::vector<OutlineEntry> outline;
  // A table of contents entry: the page number of a heading, set once pages are known.
  std::optional<PageReference> page_reference;
  bool bleeds = false;  // a bleed figure's image: page flow extends it once it knows the frame
  // What the preflight report wants to know about this unit; page flow gives them its page.
  std::vector<LayoutNote> notes;
};

// Where page flow may split a block between pages.
enum class Splitting {
  between_lines,  // a paragraph: leaving the orphan and widow minimum on each side of a break
  between_units,  // a table's rows, a contents' entries: after any unit
  never,          // a heading, a figure with its caption: moves whole to the next page
};

// A block measured at the text width, ready to be stacked on pages.
struct FlowBlock {
  std::vector<FlowUnit> units;
  double space_before = 0;
  double space_after = 0;
  Splitting splitting = Splitting::never;
  bool keeps_with_next = false;  // a heading: never the last thing on a page
  bool floats = false;  // a floating figure: may wait for the next page while text fills this one
  std::optional<BreakBlock::Kind> breaks;  // a page or column break: its units are not placed
  std::optional<FlowUnit> repeated_head;   // a table's header row, repeated in every frame it
                                           // continues in
  const TocBlock* contents = nullptr;  // a table of contents, set once all headings are measured
  SourceLocation where;                // the block's source, for messages about where it lands
  const HeadingBlock* heading = nullptr;  // a heading, for the notes on keeping it with its text
};

// The height of the first `count` units.
double height_of(const std::vector<FlowUnit>& units, size_t count);

// Sets every block's text in lines and sizes its figure. Blocks with nothing to show (empty
// text, an empty figure) are left out, so they add no space. With more than one thread, the
// blocks are measured in contiguous chunks of about equal text weight, one per thread; blocks
// and diagnostics come out exactly as from one thread.
std::vector<FlowBlock> measure_blocks(const std::vector<Block>& blocks, const TextArea& area,
                                      TypesettingContext& context, unsigned threads = 1);

}  // namespace handout
